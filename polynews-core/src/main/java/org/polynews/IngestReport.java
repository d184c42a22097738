package org.polynews;

import org.polynews.source.SourceProblem;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an ingest did.
 *
 * @param added      articles stored for the first time
 * @param duplicates articles that were already stored (same normalised content)
 * @param skipped    inputs that could not be read, with reasons
 * @param passedOver parts of inputs that hold no article and are not meant to (a web archive's requests, images,
 *                   redirects), counted by kind
 * @param seconds    wall time
 */
public record IngestReport(int added, int duplicates, List<SourceProblem> skipped, Map<String, Integer> passedOver, double seconds) {
    public IngestReport {
        skipped = List.copyOf(skipped);
        passedOver = Collections.unmodifiableMap(new TreeMap<>(passedOver));
    }
}
