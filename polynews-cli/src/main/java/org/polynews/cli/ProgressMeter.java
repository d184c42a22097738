package org.polynews.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints "N things done (x/s)" on standard error at most every two seconds, so long jobs show life. */
final class ProgressMeter {
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final String noun;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long lastReport = start;

    ProgressMeter(PrintWriter err, String noun, boolean quiet) {
        this.err = err;
        this.noun = noun;
        this.quiet = quiet;
    }

    /** @param total how many there are in all, or -1 when unknown */
    synchronized void done(int count, int total) {
        long now = System.nanoTime();
        if (quiet || now - lastReport < EVERY_NANOS) {
            return;
        }
        lastReport = now;
        String of = total < 0 ? "" : " of " + total;
        err.printf(Locale.ROOT, "  %d%s %s%s (%.1f/s)%n", count, of, noun, count == 1 ? "" : "s", count / ((now - start) / 1e9));
        err.flush();
    }
}
