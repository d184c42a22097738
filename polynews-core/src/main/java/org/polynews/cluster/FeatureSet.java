package org.polynews.cluster;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The named features a fitted decision computes from what it judges ({@link EventModel}: a pair's comparison;
 * {@link StorylineModel}: a storyline fit), in the order of its weights; the first is the constant.
 */
final class FeatureSet<T> {
    record Feature<T>(String name, ToDoubleFunction<T> value) {
    }

    private final List<Feature<T>> features;
    private final List<String> names;

    FeatureSet(List<Feature<T>> features) {
        this.features = List.copyOf(features);
        this.names = this.features.stream().map(Feature::name).toList();
    }

    static <T> Feature<T> feature(String name, ToDoubleFunction<T> value) {
        return new Feature<>(name, value);
    }

    List<String> names() {
        return names;
    }

    double[] values(T judged) {
        double[] x = new double[features.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = features.get(i).value().applyAsDouble(judged);
        }
        return x;
    }

    /** Refuses weights fitted on other features: {@code what} names the model in the message ("the event model"). */
    void check(List<String> fitted, double[] weights, String what) {
        if (!fitted.equals(names) || weights.length != names.size()) {
            throw new IllegalArgumentException(what + " was fitted on other features (" + fitted + "); refit it with 'polynews train clustering'");
        }
    }
}
