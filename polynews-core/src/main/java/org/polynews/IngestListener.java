package org.polynews;

import org.polynews.source.SourceProblem;

/** Hears about ingest progress, for progress lines and error reports. */
public interface IngestListener {
    /** An article was stored (new) or recognised as already stored (duplicate). */
    default void article(String source, String id, boolean added) {
    }

    default void skipped(SourceProblem problem) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
