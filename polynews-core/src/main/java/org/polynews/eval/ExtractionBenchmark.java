package org.polynews.eval;

import org.polynews.Pipeline;
import org.polynews.extract.Article;
import org.polynews.source.CollectingSink;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceMetadata;
import org.polynews.source.SourceReader;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the extraction stage over every page of a benchmark, single-threaded so that pages per second
 * is a per-core figure, and scores what it finds. Pages go through the same reader and extractor as
 * {@code polynews ingest} and {@code polynews extract}, given the page address the benchmark states.
 */
public final class ExtractionBenchmark {
    private final Pipeline pipeline;
    private final SourceReader reader;

    public ExtractionBenchmark(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.reader = pipeline.sourceReader(InputStream::nullInputStream);
    }

    /**
     * @param warmUpPasses how many times to extract every page, untimed, before the measured pass, so that
     *                     pages per second shows the steady speed of a long ingest rather than the JVM
     *                     compiling the code (on one core that takes about a thousand pages)
     */
    public BenchmarkReport run(BenchmarkLoader.Benchmark benchmark, int warmUpPasses, Progress progress) {
        for (int i = 0; i < warmUpPasses; i++) {
            runOnce(benchmark, (done, total) -> { });
        }
        return runOnce(benchmark, progress);
    }

    private BenchmarkReport runOnce(BenchmarkLoader.Benchmark benchmark, Progress progress) {
        List<PageResult> results = new ArrayList<>();
        long nanos = 0;
        double megabytes = 0;
        int done = 0;
        for (BenchmarkPage page : benchmark.pages()) {
            long start = System.nanoTime();
            CollectingSink sink = new CollectingSink();
            reader.read(List.of(page.file().toString()), sink);
            Article article = null;
            String problem = sink.problems().isEmpty() ? null : sink.problems().get(0).reason();
            for (SourceDocument read : sink.documents()) {
                SourceDocument document = new SourceDocument(read.source(), read.text(), read.format(),
                        new SourceMetadata(null, page.url(), null, null));
                Pipeline.Extraction extraction = pipeline.extract(document);
                article = extraction.article();
                problem = extraction.problem() == null ? null : extraction.problem().reason();
            }
            nanos += System.nanoTime() - start;
            for (SourceDocument read : sink.documents()) {
                megabytes += read.text().getBytes(StandardCharsets.UTF_8).length / 1e6;
            }
            results.add(new PageResult(page.id(), benchmark.dir().relativize(page.file()).toString(), page.expected().score(article), problem));
            progress.done(++done, benchmark.pages().size());
        }
        return BenchmarkReport.of(benchmark.format(), results, nanos / 1e9, megabytes, benchmark.missingFiles());
    }
}
