package org.polynews.eval;

import org.polynews.similarity.Dimension;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a scorer predicted for one pair (1 very similar … 4 very dissimilar), or why it could not. */
public record PairPrediction(SimilarityPair pair, Map<Dimension, Double> predicted, String problem) {
    public PairPrediction {
        // Dimension order, as files and tables show them.
        predicted = predicted == null || predicted.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(predicted));
    }

    public boolean scored() {
        return problem == null;
    }
}
