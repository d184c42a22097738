package org.polynews;

import org.polynews.source.SourceProblem;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param added      articles stored for the first time
 * @param duplicates articles that were already stored (same normalised content)
 * @param skipped    inputs that could not be read, with reasons
 * @param seconds    wall time
 */
public record IngestReport(int added, int duplicates, List<SourceProblem> skipped, double seconds) {
    public IngestReport {
        skipped = List.copyOf(skipped);
    }
}
