package org.polynews.represent;

import java.util.List;

/**
 * A sentence-embedding model: texts in, unit vectors out. Optional (the engine works without one); the
 * ONNX implementation lives in polynews-encoder and is plugged in by the user with {@code models add}.
 */
public interface TextEncoder {
    /** Which model makes the vectors, e.g. {@code minilm@3f2a9c01d4e5}: a stored vector records it. */
    String id();

    int dimensions();

    /** Whether the model was made for text in this language (an English-only model says no to Arabic). */
    boolean covers(String language);

    /** Longest input, in words, the model reads before truncating; articles are cut into windows of this size. */
    int windowWords();

    /** One unit-length vector per text, in order. */
    float[][] embedPassages(List<String> texts);

    /** One unit-length vector for a search query (some models want a query prefix). */
    float[] embedQuery(String query);
}
