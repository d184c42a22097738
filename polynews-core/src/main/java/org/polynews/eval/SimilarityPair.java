package org.polynews.eval;

import org.polynews.similarity.Dimension;

import java.util.Map;

/**
 * One judged pair of a SemEval-2022 Task 8 style file: two texts, their languages, and the judges'
 * scores (1 very similar … 4 very dissimilar) for the dimensions they rated.
 *
 * @param line where it stands in its file, for messages
 */
public record SimilarityPair(String id, String language1, String language2, String text1, String text2,
                             Map<Dimension, Double> judged, int line) {
    public SimilarityPair {
        judged = Map.copyOf(judged);
    }

    /** "en-en", "de-en": the pair's languages as the file names them. */
    public String languagePair() {
        return language1 + "-" + language2;
    }
}
