package org.polynews.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints "N things done (x/s)" on standard error at most every two seconds, so long jobs show life; with the total
 * known, "N of M things (x/s, about T left)".
 */
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
        double rate = count / ((now - start) / 1e9);
        String left = total < 0 || rate <= 0 ? "" : ", about " + duration((total - count) / rate) + " left";
        err.printf(Locale.ROOT, "  %d%s %s%s (%.1f/s%s)%n", count, of, noun, count == 1 ? "" : "s", rate, left);
        err.flush();
    }

    /** Seconds as people say them: 45 s, 12 min, 3 h 20 min. */
    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s < 90) {
            return s + " s";
        }
        long minutes = Math.round(s / 60.0);
        return minutes < 90 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
