package org.polynews.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The named features a fitted decision computes from what it judges ({@link EventModel}: a pair's comparison;
 * {@link StorylineModel}: a storyline fit), in the order of its weights; the first is the constant. A block of
 * features computed together (one vector under a list of names) may follow the single ones.
 */
final class FeatureSet<T> {
    record Feature<T>(String name, ToDoubleFunction<T> value) {
    }

    /** Features computed together, in the order of {@code names}. */
    record Block<T>(List<String> names, Function<T, double[]> values) {
    }

    private final List<Feature<T>> features;
    private final Block<T> block;
    private final List<String> names;

    FeatureSet(List<Feature<T>> features) {
        this(features, new Block<>(List.of(), t -> new double[0]));
    }

    FeatureSet(List<Feature<T>> features, Block<T> block) {
        this.features = List.copyOf(features);
        this.block = block;
        List<String> all = new ArrayList<>(this.features.stream().map(Feature::name).toList());
        all.addAll(block.names());
        this.names = List.copyOf(all);
    }

    static <T> Feature<T> feature(String name, ToDoubleFunction<T> value) {
        return new Feature<>(name, value);
    }

    List<String> names() {
        return names;
    }

    double[] values(T judged) {
        double[] x = new double[names.size()];
        for (int i = 0; i < features.size(); i++) {
            x[i] = features.get(i).value().applyAsDouble(judged);
        }
        double[] more = block.values().apply(judged);
        System.arraycopy(more, 0, x, features.size(), block.names().size());
        return x;
    }

    /** Refuses weights fitted on other features: {@code what} names the model in the message ("the event model"). */
    void check(List<String> fitted, double[] weights, String what) {
        if (!fitted.equals(names) || weights.length != names.size()) {
            throw new IllegalArgumentException(what + " was fitted on other features (" + fitted + "); refit it with 'polynews train clustering'");
        }
    }
}
