package org.polynews.similarity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Linear maps from {@link PairSignals} to each dimension's score on the SemEval scale (1 very similar …
 * 4 very dissimilar), clamped to that range. Fitted by {@code polynews train similarity} with k-fold
 * cross-validation and shipped as a resource; a model file names its signals, so one written for other
 * signals is refused rather than misread.
 *
 * <p>A model fitted for a sentence encoder ({@code train similarity --model NAME}) also has {@code withDense}
 * weights over the same signals plus the cosine of the two articles' vectors ({@link #DENSE}), used for the
 * pairs the encoder covers; other pairs keep the model-free weights.
 *
 * @param encoder the sentence encoder the dense weights are for (null when there are none)
 */
public record SimilarityModel(List<String> signals, Map<Dimension, Weights> dimensions, String trainedOn,
                              Map<Dimension, Weights> withDense, String encoder) {
    /** The name of the extra signal of {@link #withDense}: cosine of the two article vectors. */
    public static final String DENSE = "dense";
    public static final String RESOURCE = "/org/polynews/similarity/similarity-model.json";

    /** A model file written for other signals than this version measures (by another polynews version): refit it. */
    public static final class OutdatedException extends IllegalArgumentException {
        OutdatedException(int signals) {
            super("the similarity model was fitted for other signals (" + signals + " features; this version of polynews measures "
                    + PairSignals.NAMES.size() + "): refit it with polynews train similarity");
        }
    }

    /**
     * Weights that score every pair 2.5: for measuring signals to train on, which needs no weights (and must
     * work while the shipped model is for other signals).
     */
    public static SimilarityModel untrained() {
        Map<Dimension, Weights> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dims.put(d, new Weights(2.5, new double[PairSignals.NAMES.size()]));
        }
        return new SimilarityModel(PairSignals.NAMES, dims, "untrained");
    }

    /** One dimension: score = intercept + Σ coefficient·signal. */
    public record Weights(double intercept, double[] coefficients) {
        /** The score for these signal values, clamped to the 1 … 4 scale. */
        public double score(double[] signals) {
            double y = intercept;
            for (int i = 0; i < signals.length; i++) {
                y += coefficients[i] * signals[i];
            }
            return Math.max(1, Math.min(4, y));
        }
    }

    public SimilarityModel(List<String> signals, Map<Dimension, Weights> dimensions, String trainedOn) {
        this(signals, dimensions, trainedOn, null, null);
    }

    public SimilarityModel {
        signals = List.copyOf(signals);
        dimensions = Map.copyOf(dimensions);
        withDense = withDense == null ? null : Map.copyOf(withDense);
        if (!signals.equals(PairSignals.NAMES)) {
            throw new OutdatedException(signals.size());
        }
        for (Dimension d : Dimension.values()) {
            Weights w = dimensions.get(d);
            if (w == null || w.coefficients().length != signals.size()) {
                throw new IllegalArgumentException("similarity model has no weights for " + d.label());
            }
            Weights dense = withDense == null ? null : withDense.get(d);
            if (withDense != null && (dense == null || dense.coefficients().length != signals.size() + 1)) {
                throw new IllegalArgumentException("similarity model has no dense weights for " + d.label());
            }
        }
    }

    /** The same model-free weights with dense ones added for {@code encoderId}. */
    public SimilarityModel withDense(Map<Dimension, Weights> dense, String encoderId, String trainedOnNow) {
        return new SimilarityModel(signals, dimensions, trainedOnNow, dense, encoderId);
    }

    /**
     * The seven scores, from the dense weights when {@code dense} (the vectors' cosine) is known and the model
     * has them, else from the model-free ones.
     */
    public Map<Dimension, Double> predict(PairSignals signals, double dense) {
        if (Double.isNaN(dense) || withDense == null) {
            return predict(signals);
        }
        double[] x = withDense(signals.values(), dense);
        Map<Dimension, Double> out = new EnumMap<>(Dimension.class);
        withDense.forEach((d, w) -> out.put(d, w.score(x)));
        return out;
    }

    /** The signal values followed by the dense cosine: what {@link #withDense} weights are applied to. */
    public static double[] withDense(double[] values, double dense) {
        double[] x = Arrays.copyOf(values, values.length + 1);
        x[values.length] = dense;
        return x;
    }

    /** The seven scores for a pair, 1 … 4. */
    public Map<Dimension, Double> predict(PairSignals signals) {
        double[] x = signals.values();
        Map<Dimension, Double> out = new EnumMap<>(Dimension.class);
        dimensions.forEach((d, w) -> out.put(d, w.score(x)));
        return out;
    }

    /** The model as a file stores it: {"signals": [...], "trained_on": "...", "dimensions": {"overall": {...}}}. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record File(List<String> signals, @JsonProperty("trained_on") String trainedOn, Map<String, Weights> dimensions,
                String encoder, @JsonProperty("with_dense") Map<String, Weights> withDense) {
    }

    public static SimilarityModel read(InputStream in, ObjectMapper json) throws IOException {
        File file = json.readValue(in, File.class);
        return new SimilarityModel(file.signals(), byDimension(file.dimensions()), file.trainedOn(),
                file.withDense() == null ? null : byDimension(file.withDense()), file.encoder());
    }

    private static Map<Dimension, Weights> byDimension(Map<String, Weights> byLabel) {
        Map<Dimension, Weights> dims = new EnumMap<>(Dimension.class);
        byLabel.forEach((k, v) -> dims.put(Dimension.valueOf(k.toUpperCase(Locale.ROOT)), v));
        return dims;
    }

    private static Map<String, Weights> byLabel(Map<Dimension, Weights> weights) {
        Map<String, Weights> out = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            out.put(d.label(), weights.get(d));
        }
        return out;
    }

    public String write(ObjectMapper json) throws IOException {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(new File(signals, trainedOn, byLabel(dimensions), encoder,
                withDense == null ? null : byLabel(withDense)));
    }

    /** The model shipped with polynews. */
    public static SimilarityModel bundled(ObjectMapper json) {
        try (InputStream in = SimilarityModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the similarity model " + RESOURCE + " is missing from the build");
            }
            return read(in, json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the similarity model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
