package org.polynews.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --data option of commands that use the data folder without opening the article store (models, lexicons). */
final class DataFolderOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "polynews-data",
            description = "Data folder (default: ${DEFAULT-VALUE}); models live in DIR/models, lexicons in DIR/lexicons.")
    Path data;
}
