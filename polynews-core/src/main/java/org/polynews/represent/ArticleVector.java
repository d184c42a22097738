package org.polynews.represent;

import java.util.Objects;

/**
 * An article's vector from a sentence encoder.
 *
 * @param model  the encoder that made it ({@link TextEncoder#id()}): vectors of different models never meet
 * @param values unit-length vector
 */
public record ArticleVector(String model, float[] values) {
    public ArticleVector {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(values, "values");
    }

    public boolean isFrom(TextEncoder encoder) {
        return encoder != null && model.equals(encoder.id());
    }
}
