package org.polynews.encoder;

/** A model that cannot be added, loaded or run, with a message that says what to do about it. */
public final class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
