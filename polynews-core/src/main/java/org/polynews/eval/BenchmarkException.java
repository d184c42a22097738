package org.polynews.eval;

/** A benchmark folder that cannot be read: missing, unrecognised or malformed, with the path and reason. */
public final class BenchmarkException extends Exception {
    public BenchmarkException(String message) {
        super(message);
    }
}
