package org.polynews.source;

/** Receives documents as they are read, and the inputs that had to be skipped. */
public interface SourceSink {
    void accept(SourceDocument document);

    void skip(SourceProblem problem);
}
