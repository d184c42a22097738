package org.polynews.encoder;

/** Hears how a model download goes, for a progress line. */
public interface DownloadListener {
    /** {@code total} is -1 when the server does not say. */
    void progress(String file, long done, long total);

    default void note(String message) {
    }

    DownloadListener NONE = (file, done, total) -> { };
}
