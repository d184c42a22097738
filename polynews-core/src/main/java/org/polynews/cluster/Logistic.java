package org.polynews.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;

/**
 * The logistic function of a weighted sum: what the fitted pair decisions ({@link EventModel}, {@link StorylineModel})
 * compute, and how their fitted weights ship (a JSON resource beside this class).
 */
public final class Logistic {
    private Logistic() {
    }

    /** A fitted decision as shipped; {@code what} names it in errors ("the event model"). */
    static <T> T bundled(ObjectMapper json, Class<T> type, String resource, String what) {
        try (InputStream in = Logistic.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the build");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + what + " " + resource + ": " + e.getMessage(), e);
        }
    }

    /** σ(weights · x). */
    public static double probability(double[] weights, double[] x) {
        return probability(weights, x, 0);
    }

    /** σ(weights · x + offset): a fitted sum with a term that was set, not fitted. */
    public static double probability(double[] weights, double[] x, double offset) {
        double z = offset;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
