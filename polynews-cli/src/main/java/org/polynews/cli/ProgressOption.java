package org.polynews.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** The {@code -q} option of the long-running eval and train commands: progress on standard error unless quiet or printing JSON. */
final class ProgressOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    ProgressMeter meter(PrintWriter err, String noun, FormatOption format) {
        return new ProgressMeter(err, noun, quiet || format.json());
    }
}
