package org.polynews.eval;

import org.polynews.similarity.Dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Predictions for a file of judged pairs and how they correlate with the judges.
 *
 * @param seconds          the whole run
 * @param comparingSeconds of which comparing analysed articles took (0 when not measured)
 */
public record SimilarityReport(String scorer, List<PairPrediction> predictions, double seconds, double comparingSeconds) {
    public SimilarityReport {
        predictions = List.copyOf(predictions);
    }

    public SimilarityReport(String scorer, List<PairPrediction> predictions, double seconds) {
        this(scorer, predictions, seconds, 0);
    }

    /** Microseconds per scored pair spent comparing analysed articles, or NaN when not measured. */
    public double comparingMicrosPerPair() {
        return comparingSeconds > 0 && !scored().isEmpty() ? comparingSeconds * 1e6 / scored().size() : Double.NaN;
    }

    public List<PairPrediction> scored() {
        return predictions.stream().filter(PairPrediction::scored).toList();
    }

    public List<PairPrediction> unscored() {
        return predictions.stream().filter(p -> !p.scored()).toList();
    }

    /** Pearson correlation with the judges on {@code dimension}, over the scored pairs the judges rated on it. */
    public double pearson(Dimension dimension) {
        return correlation(scored(), dimension, false);
    }

    public double spearman(Dimension dimension) {
        return correlation(scored(), dimension, true);
    }

    /** Pearson on Overall per language pair ("en-en", "de-en"), with the number of pairs. */
    public Map<String, LanguagePairScore> byLanguagePair() {
        Map<String, List<PairPrediction>> groups = new TreeMap<>();
        for (PairPrediction p : scored()) {
            groups.computeIfAbsent(p.pair().languagePair(), k -> new ArrayList<>()).add(p);
        }
        Map<String, LanguagePairScore> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, new LanguagePairScore(v.size(), correlation(v, Dimension.OVERALL, false))));
        return out;
    }

    public record LanguagePairScore(int pairs, double pearson) {
    }

    static double correlation(List<PairPrediction> predictions, Dimension dimension, boolean ranks) {
        List<PairPrediction> rated = predictions.stream()
                .filter(p -> p.pair().judged().containsKey(dimension) && p.predicted().containsKey(dimension)).toList();
        double[] predicted = rated.stream().mapToDouble(p -> p.predicted().get(dimension)).toArray();
        double[] judged = rated.stream().mapToDouble(p -> p.pair().judged().get(dimension)).toArray();
        return ranks ? Correlation.spearman(predicted, judged) : Correlation.pearson(predicted, judged);
    }
}
