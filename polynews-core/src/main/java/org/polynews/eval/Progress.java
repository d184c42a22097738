package org.polynews.eval;

/** Told as an evaluation advances, for progress on long runs. */
public interface Progress {
    void done(int done, int total);
}
