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
    private Ingestion() {
    }

    static IngestReport run(Polynews polynews, List<String> inputs, PrintWriter err, boolean quiet) {
        IngestReport report = polynews.ingest(inputs, () -> System.in, listener(new ProgressMeter(err, "article", quiet), err));
        if (!quiet) {
            err.printf(Locale.ROOT, "ingested %d new article%s, %d already stored, %d skipped in %.1f s (%d stored in all)%n",
                    report.added(), report.added() == 1 ? "" : "s", report.duplicates(), report.skipped().size(), report.seconds(), polynews.size());
            report.passedOver().forEach((why, n) -> err.printf(Locale.ROOT, "  passed over %d %s%n", n, why));
            err.flush();
        }
        return report;
    }

    /** Counts articles on {@code progress} and reports each skipped input on {@code err}. */
    static IngestListener listener(ProgressMeter progress, PrintWriter err) {
        int[] seen = {0};
        return new IngestListener() {
            @Override
            public void article(String source, String id, boolean added) {
                progress.done(++seen[0], -1);
            }

            @Override
            public void skipped(SourceProblem problem) {
                err.println("skipped " + problem.source() + ": " + problem.reason());
                err.flush();
            }
        };
    }
}
