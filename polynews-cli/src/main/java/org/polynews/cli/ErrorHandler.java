package org.polynews.cli;

import org.polynews.encoder.ModelException;
import org.polynews.store.StoreException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line and an exit code instead of a stack trace: bad input and store
 * problems exit 1. Set POLYNEWS_DEBUG=1 to see the stack trace of an unexpected error.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String message = e instanceof StoreException || e instanceof InputException || e instanceof IllegalArgumentException
                || e instanceof ModelException
                ? e.getMessage()
                : "unexpected error: " + e;
        cli.getErr().println("polynews: " + message);
        if (System.getenv("POLYNEWS_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        return 1;
    }
}
