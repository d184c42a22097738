package org.polynews.cli;

import org.polynews.Polynews;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * A command that works on the store: the shared {@code --data} option, opening and closing the store,
 * and flushing what the command printed.
 */
abstract class StoreCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "polynews-data",
            description = "Data folder of the embedded store (default: ${DEFAULT-VALUE} in the working directory).")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Polynews polynews = Polynews.open(data)) {
            return run(polynews, out);
        } finally {
            out.flush();
        }
    }

    /** Does the command's work and returns its exit code. */
    abstract int run(Polynews polynews, PrintWriter out) throws Exception;

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
