package org.polynews.source;

/** Receives documents as they are read, and the inputs that had to be skipped. */
public interface SourceSink {
    void accept(SourceDocument document);

    void skip(SourceProblem problem);

    /**
     * A part of an input that holds no article and is not meant to (a web archive's request records, its images and
     * redirects): counted by {@code why}, not an error. {@code source} says where it was.
     */
    default void passOver(String source, String why) {
    }
}
