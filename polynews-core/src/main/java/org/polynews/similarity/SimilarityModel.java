package org.polynews.similarity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Linear maps from {@link PairSignals} to each dimension's score on the SemEval scale (1 very similar …
 * 4 very dissimilar), clamped to that range. Fitted by {@code polynews train similarity} with k-fold
 * cross-validation and shipped as a resource; a model file names its signals, so one written for other
 * signals is refused rather than misread.
 */
public record SimilarityModel(List<String> signals, Map<Dimension, Weights> dimensions, String trainedOn) {
    public static final String RESOURCE = "/org/polynews/similarity/similarity-model.json";

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

    public SimilarityModel {
        signals = List.copyOf(signals);
        dimensions = Map.copyOf(dimensions);
        if (!signals.equals(PairSignals.NAMES)) {
            throw new IllegalArgumentException("similarity model is for signals " + signals + ", this version measures " + PairSignals.NAMES);
        }
        for (Dimension d : Dimension.values()) {
            Weights w = dimensions.get(d);
            if (w == null || w.coefficients().length != signals.size()) {
                throw new IllegalArgumentException("similarity model has no weights for " + d.label());
            }
        }
    }

    /** The seven scores for a pair, 1 … 4. */
    public Map<Dimension, Double> predict(PairSignals signals) {
        double[] x = signals.values();
        Map<Dimension, Double> out = new EnumMap<>(Dimension.class);
        dimensions.forEach((d, w) -> out.put(d, w.score(x)));
        return out;
    }

    /** The model as a file stores it: {"signals": [...], "trained_on": "...", "dimensions": {"overall": {...}}}. */
    record File(List<String> signals, @JsonProperty("trained_on") String trainedOn, Map<String, Weights> dimensions) {
    }

    public static SimilarityModel read(InputStream in, ObjectMapper json) throws IOException {
        File file = json.readValue(in, File.class);
        Map<Dimension, Weights> dims = new EnumMap<>(Dimension.class);
        file.dimensions().forEach((k, v) -> dims.put(Dimension.valueOf(k.toUpperCase(Locale.ROOT)), v));
        return new SimilarityModel(file.signals(), dims, file.trainedOn());
    }

    public String write(ObjectMapper json) throws IOException {
        Map<String, Weights> dims = new java.util.LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            dims.put(d.label(), dimensions.get(d));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(new File(signals, trainedOn, dims));
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
