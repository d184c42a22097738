package org.polynews.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.PairSignals;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Whether two articles report the same happening: a logistic regression over the measured similarities of the
 * pair, with separate weights within one language (words and shared passages tell the happening) and across
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

    private record Feature(String name, ToDoubleFunction<Comparison> value) {
    }

    /** A fifth of their 5-word passages in common is as much as two independent reports of one event share. */
    private static final double PASSAGE_SCALE = 5;

    private static final List<Feature> ALL = List.of(
            new Feature("constant", c -> 1),
            new Feature("same_language", c -> same(c)),
            new Feature("words_same", c -> same(c) * s(c).words()),
            new Feature("passages_same", c -> same(c) * Math.min(1, PASSAGE_SCALE * s(c).passages())),
            new Feature("entities_same", c -> same(c) * s(c).entities()),
            new Feature("geography_same", c -> same(c) * s(c).geography()),
            new Feature("entities_cross", c -> (1 - same(c)) * s(c).entities()),
            // Places and numbers in common tell translations and wire copies of one day's report; between an undated text
            // and any other, the same country or a year in common is common (two calls between the same two capitals),
            // so they weigh apart.
            new Feature("geography_cross_dated", c -> (1 - same(c)) * dated(c) * s(c).geography()),
            new Feature("geography_cross_undated", c -> (1 - same(c)) * (1 - dated(c)) * s(c).geography()),
            new Feature("numbers_cross_dated", c -> (1 - same(c)) * dated(c) * s(c).numbers()),
            new Feature("numbers_cross_undated", c -> (1 - same(c)) * (1 - dated(c)) * s(c).numbers()),
            new Feature("subwords_cross", c -> (1 - same(c)) * s(c).subwords()),
            new Feature("words_cross", c -> (1 - same(c)) * s(c).words()),
            // without both publication dates, the days the texts mention are all that can tell two calls apart
            new Feature("mentioned_days_undated", c -> (1 - dated(c)) * s(c).time()));

    public static final List<String> FEATURES = ALL.stream().map(Feature::name).toList();

    public EventModel {
        features = List.copyOf(features);
        weights = weights.clone();
        if (!features.equals(FEATURES) || weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("the event model was fitted on other features (" + features + "); refit it with 'polynews train clustering'");
        }
    }

    public static double[] values(Comparison c) {
        double[] x = new double[ALL.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = ALL.get(i).value().applyAsDouble(c);
        }
        return x;
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
