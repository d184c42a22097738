package org.polynews.eval;

/**
 * How one page scored: true positives, false positives and false negatives in the benchmark's unit
 * (shingle shares, snippets or dates), and a short human explanation of what went wrong, if anything.
 */
public record PageScore(double truePositives, double falsePositives, double falseNegatives, String detail) {
    /** NaN when nothing was predicted. */
    public double precision() {
        double predicted = truePositives + falsePositives;
        return predicted == 0 ? Double.NaN : truePositives / predicted;
    }

    /** NaN when there was nothing to find. */
    public double recall() {
        double expected = truePositives + falseNegatives;
        return expected == 0 ? Double.NaN : truePositives / expected;
    }

    /** Harmonic mean of precision and recall; 0 when either is missing or zero, 1 for a page with nothing to get wrong. */
    public double f1() {
        if (truePositives + falsePositives + falseNegatives == 0) {
            return 1;
        }
        return harmonicMean(precision(), recall());
    }

    static double harmonicMean(double precision, double recall) {
        if (Double.isNaN(precision) || Double.isNaN(recall) || precision + recall == 0) {
            return 0;
        }
        return 2 * precision * recall / (precision + recall);
    }
}
