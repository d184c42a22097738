package org.polynews.source;

/** An input that could not be read, with a reason a user can act on. */
public record SourceProblem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
