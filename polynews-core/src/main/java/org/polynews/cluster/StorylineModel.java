package org.polynews.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

import static org.polynews.cluster.FeatureSet.feature;

/**
 * Whether an event continues a storyline: a logistic regression over how the two profiles compare ({@link StoryFit}),
 * with separate weights when they share a language (words then tell the subject) and when they do not (names and
 * places alone), fitted to labelled pairs by {@code polynews train clustering} and shipped as {@value #RESOURCE}.
 *
 * @param features   the feature names, in the order of {@code weights} (checked against {@link #FEATURES})
 * @param weights    one weight per feature; the first feature is the constant
 * @param thresholds probability from which an event continues a storyline, for each {@link #kind} of fit: dated or
 *                   not, within a language or across (where the labelled pairs say different things); even odds for a
 *                   kind without one (a model written by hand; {@code train clustering} writes every kind)
 */
public record StorylineModel(List<String> features, double[] weights, Map<String, Double> thresholds) {
    public static final String RESOURCE = "storyline-model.json";

    private static final FeatureSet<StoryFit> ALL = new FeatureSet<StoryFit>(List.of(
            feature("constant", f -> 1),
            feature("names_same", f -> same(f) * f.names()),
            feature("places_same", f -> same(f) * f.places()),
            feature("words_same", f -> same(f) * (f.sharesLanguage() ? f.words() : 0)),
            feature("names_cross", f -> (1 - same(f)) * f.names()),
            feature("places_cross", f -> (1 - same(f)) * f.places()),
            feature("undated", f -> f.daysApart() == null ? 1 : 0)));

    public static final List<String> FEATURES = ALL.names();

    /**
     * How much a year of silence between a storyline and an event lowers the log-odds that the event continues it.
     * Set, not fitted: the labelled stories lie years apart, so a fitted weight would learn that other stories
     * happen in other years. One per year lets a thread resume after months (a crash inquiry's report) but not
     * chain a new earthquake to one five years before.
     */
    static final double SILENCE_PER_YEAR = 1.0;

    public StorylineModel {
        features = List.copyOf(features);
        weights = weights.clone();
        thresholds = Map.copyOf(thresholds);
        ALL.check(features, weights, "the storyline model");
    }

    public static double[] values(StoryFit fit) {
        return ALL.values(fit);
    }

    public double probability(StoryFit fit) {
        double silence = fit.daysApart() == null ? 0 : SILENCE_PER_YEAR * fit.daysApart() / 365.0;
        return Logistic.probability(weights, values(fit), -silence);
    }

    /** The probability from which the event continues the storyline. */
    public double threshold(StoryFit fit) {
        return thresholds.getOrDefault(kind(fit), 0.5);
    }

    /** The kind of a fit, each with its own threshold: dated or undated, within a language or across. */
    public static String kind(StoryFit fit) {
        return (fit.daysApart() == null ? "undated" : "dated") + (fit.sharesLanguage() ? "" : " across languages");
    }

    public static StorylineModel bundled(ObjectMapper json) {
        return Logistic.bundled(json, StorylineModel.class, RESOURCE, "the storyline model");
    }

    private static double same(StoryFit f) {
        return f.sharesLanguage() ? 1 : 0;
    }
}
