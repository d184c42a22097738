package org.polynews.cli;

/** The user named something that cannot be used (an unknown article id, an unreadable file). */
final class InputException extends RuntimeException {
    InputException(String message) {
        super(message);
    }
}
