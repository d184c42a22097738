package org.polynews.cli;

import org.polynews.IngestListener;
import org.polynews.IngestReport;
import org.polynews.Polynews;
import org.polynews.source.SourceProblem;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Runs an ingest with progress on standard error and a one-line summary; shared by ingest and stories. */
final class Ingestion {
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private Ingestion() {
    }

    static IngestReport run(Polynews polynews, List<String> inputs, PrintWriter err, boolean quiet) {
        long start = System.nanoTime();
        long[] lastReport = {start};
        int[] seen = {0};
        IngestReport report = polynews.ingest(inputs, () -> System.in, new IngestListener() {
            @Override
            public void article(String source, String id, boolean added) {
                seen[0]++;
                long now = System.nanoTime();
                if (!quiet && now - lastReport[0] >= PROGRESS_EVERY_NANOS) {
                    lastReport[0] = now;
                    err.printf(Locale.ROOT, "  %d article%s read (%.1f/s)%n", seen[0], seen[0] == 1 ? "" : "s", seen[0] / ((now - start) / 1e9));
                    err.flush();
                }
            }

            @Override
            public void skipped(SourceProblem problem) {
                err.println("skipped " + problem.source() + ": " + problem.reason());
                err.flush();
            }
        });
        if (!quiet) {
            err.printf(Locale.ROOT, "ingested %d new article%s, %d already stored, %d skipped in %.1f s (%d stored in all)%n",
                    report.added(), report.added() == 1 ? "" : "s", report.duplicates(), report.skipped().size(), report.seconds(), polynews.size());
            err.flush();
        }
        return report;
    }
}
