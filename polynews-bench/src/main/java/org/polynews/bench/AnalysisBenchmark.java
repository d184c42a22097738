package org.polynews.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.polynews.Pipeline;
import org.polynews.source.SourceDocument;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reading one document into an analysed article: extraction (for pages), language, tokens and stems, names, places,
 * dates. Each call takes the next of the texts, so the figure is the mean over all of them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2) // the compiler needs some 15 s to settle on the analysis's many paths
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {
    private Pipeline pipeline;
    private List<SourceDocument> texts;
    private int next;

    @Setup
    public void setUp() {
        pipeline = ExampleTexts.pipeline();
        texts = ExampleTexts.read(pipeline);
    }

    @Benchmark
    public Pipeline.Outcome analyse() {
        SourceDocument document = texts.get(next);
        next = (next + 1) % texts.size();
        return pipeline.process(document);
    }
}
