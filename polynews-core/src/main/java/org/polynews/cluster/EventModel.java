package org.polynews.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.PairSignals;

import java.util.List;

import static org.polynews.cluster.FeatureSet.feature;

/**
 * Whether two articles report the same happening: a logistic regression over the measured similarities of the
 * pair, with separate weights within one language (every signal: words, passages, names, style) and across
 * languages (names, places and numbers), fitted to labelled pairs by {@code polynews train clustering} and shipped
 * as {@value #RESOURCE}.
 *
 * @param features  the feature names, in the order of {@code weights} (checked against {@link #FEATURES})
 * @param weights   one weight per feature; the first feature is the constant
 * @param threshold probability from which two dated articles are one event
 * @param undatedThreshold the same when either is undated: nothing then says the two reports are days apart,
 *                         not years, so the threshold is chosen on undated pairs alone
 */
public record EventModel(List<String> features, double[] weights, double threshold, double undatedThreshold) {
    public static final String RESOURCE = "event-model.json";
    public static final String DATED = "dated";
    public static final String UNDATED = "undated";

    private static final FeatureSet<Comparison> ALL = new FeatureSet<Comparison>(List.of(
            feature("constant", c -> 1),
            feature("entities_cross", c -> (1 - same(c)) * s(c).entities()),
            // Places and numbers in common tell translations and wire copies of one day's report; between an undated text
            // and any other, the same country or a year in common is common (two calls between the same two capitals),
            // so they weigh apart.
            feature("geography_cross_dated", c -> (1 - same(c)) * dated(c) * s(c).geography()),
            feature("geography_cross_undated", c -> (1 - same(c)) * (1 - dated(c)) * s(c).geography()),
            feature("numbers_cross_dated", c -> (1 - same(c)) * dated(c) * s(c).numbers()),
            feature("numbers_cross_undated", c -> (1 - same(c)) * (1 - dated(c)) * s(c).numbers()),
            feature("subwords_cross", c -> (1 - same(c)) * s(c).subwords()),
            feature("words_cross", c -> (1 - same(c)) * s(c).words()),
            // without both publication dates, the days the texts mention are all that can tell two calls apart
            feature("mentioned_days_undated", c -> (1 - dated(c)) * s(c).time())),
            // Within one language every measured signal counts, as the similarity model reads them (words, passages,
            // headlines, their products): the judged same-story pairs (SemEval) take more than words and names to tell
            // from the judged different ones.
            new FeatureSet.Block<>(PairSignals.NAMES.stream().map(name -> "same_language:" + name).toList(),
                    c -> c.sameLanguage() ? s(c).values() : new double[PairSignals.NAMES.size()]));

    public static final List<String> FEATURES = ALL.names();

    public EventModel {
        features = List.copyOf(features);
        weights = weights.clone();
        ALL.check(features, weights, "the event model");
    }

    public static double[] values(Comparison c) {
        return ALL.values(c);
    }

    public double probability(Comparison c) {
        return Logistic.probability(weights, values(c));
    }

    /** The probability from which this pair is one event: the undated threshold when either article is undated. */
    public double threshold(Comparison c) {
        return c.daysApart() == null ? undatedThreshold : threshold;
    }

    /** The kind of a pair, each with its own threshold. */
    public static String kind(Comparison c) {
        return c.daysApart() == null ? UNDATED : DATED;
    }

    public static EventModel bundled(ObjectMapper json) {
        return Logistic.bundled(json, EventModel.class, RESOURCE, "the event model");
    }

    private static double same(Comparison c) {
        return c.sameLanguage() ? 1 : 0;
    }

    private static double dated(Comparison c) {
        return c.daysApart() == null ? 0 : 1;
    }

    private static PairSignals s(Comparison c) {
        return c.signals();
    }
}
