package org.polynews.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|json|csv} option of the commands that list rows (storylines and events, search hits). */
final class ListingFormatOption {
    enum Format { table, json, csv }

    @Option(names = "--format", defaultValue = "table",
            description = "table, json or csv (one row per event for stories, per hit for search; default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    boolean csv() {
        return format == Format.csv;
    }
}
