package org.polynews.cli;

import org.polynews.Polynews;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The data folder option shared by every command that uses the store. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "polynews-data",
            description = "Data folder of the embedded store (default: ${DEFAULT-VALUE} in the working directory).")
    Path data;

    Polynews open() {
        return Polynews.open(data);
    }
}
