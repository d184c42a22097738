package org.polynews.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polynews.Pipeline;
import org.polynews.Polynews;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards against regressions on the public benchmarks in ../shared/data when they are there (skips
 * otherwise). The floors sit a little under today's scores; `polynews eval` prints the real numbers.
 */
class PublicBenchmarksTest {
    @ParameterizedTest
    @CsvSource({"extraction/scrapinghub, 0.955", "extraction/trafilatura, 0.925", "dates/htmldate, 0.94"})
    void scoreStaysAboveItsFloor(String folder, double floor) throws Exception {
        Path dir = Path.of("..", "..", "shared", "data").resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(dir), "benchmark folder " + folder + " not found beside the checkout; skipped");
        BenchmarkReport report = new ExtractionBenchmark(new Pipeline(Polynews.jsonMapper()))
                .run(new BenchmarkLoader(Polynews.jsonMapper()).load(dir), 0, (done, total) -> { });
        System.out.printf("%s: %d pages, precision %.3f, recall %.3f, F1 %.3f, %.0f pages/s%n", folder, report.pages(),
                report.precision(), report.recall(), report.f1(), report.pagesPerSecond());
        assertThat(report.missingFiles()).isEmpty();
        assertThat(report.f1()).isGreaterThanOrEqualTo(floor);
    }
}
