package org.polynews.eval;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a benchmark run: scores the way the benchmark defines them, speed, and every page's
 * result so the worst can be shown.
 *
 * @param seconds time spent reading, decoding and extracting the pages (not loading the index or scoring)
 * @param megabytes size of the pages' HTML, decoded, in MB of UTF-8
 */
public record BenchmarkReport(BenchmarkFormat format, double precision, double recall, double f1,
                              double seconds, double megabytes, List<PageResult> results, List<String> missingFiles) {
    public BenchmarkReport {
        results = List.copyOf(results);
        missingFiles = List.copyOf(missingFiles);
    }

    public int pages() {
        return results.size();
    }

    public double pagesPerSecond() {
        return seconds == 0 ? 0 : results.size() / seconds;
    }

    public double megabytesPerSecond() {
        return seconds == 0 ? 0 : megabytes / seconds;
    }

    /** The {@code n} pages with the lowest F1 that are not perfect, worst first. */
    public List<PageResult> worst(int n) {
        return results.stream()
                .filter(r -> r.score().f1() < 1)
                .sorted(Comparator.comparingDouble((PageResult r) -> r.score().f1()).thenComparing(PageResult::id))
                .limit(n)
                .toList();
    }

    /** Scores the pages as {@code format} defines it: means over pages, or counts summed over pages. */
    static BenchmarkReport of(BenchmarkFormat format, List<PageResult> results, double seconds, double megabytes, List<String> missing) {
        double precision, recall;
        if (format.averagedOverPages()) {
            precision = results.stream().mapToDouble(r -> r.score().precision()).filter(d -> !Double.isNaN(d)).average().orElse(0);
            recall = results.stream().mapToDouble(r -> r.score().recall()).filter(d -> !Double.isNaN(d)).average().orElse(0);
        } else {
            PageScore total = new PageScore(
                    results.stream().mapToDouble(r -> r.score().truePositives()).sum(),
                    results.stream().mapToDouble(r -> r.score().falsePositives()).sum(),
                    results.stream().mapToDouble(r -> r.score().falseNegatives()).sum(), "");
            precision = Double.isNaN(total.precision()) ? 0 : total.precision();
            recall = Double.isNaN(total.recall()) ? 0 : total.recall();
        }
        return new BenchmarkReport(format, precision, recall, PageScore.harmonicMean(precision, recall), seconds, megabytes, results, missing);
    }
}
