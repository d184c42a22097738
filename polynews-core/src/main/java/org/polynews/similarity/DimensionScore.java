package org.polynews.similarity;

import java.util.List;

/**
 * One dimension of a comparison.
 *
 * @param dimension  which dimension
 * @param score      SemEval scale: 1 = very similar … 4 = very dissimilar
 * @param similarity the underlying similarity, 0 … 1
 * @param evidence   what the score rests on, in words
 */
public record DimensionScore(Dimension dimension, double score, double similarity, List<String> evidence) {
    public DimensionScore {
        evidence = List.copyOf(evidence);
    }

    /** Maps a 0…1 similarity to the 1…4 scale (1 = very similar), two decimals. */
    public static double scale(double similarity) {
        double s = Math.max(0, Math.min(1, similarity));
        return Math.round((4 - 3 * s) * 100) / 100.0;
    }
}
