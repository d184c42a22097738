package org.polynews.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.polynews.IngestListener;
import org.polynews.Polynews;
import org.polynews.eval.SyntheticNewsStream;
import org.polynews.similarity.Comparison;
import org.polynews.source.SourceDocument;
import org.polynews.store.StoredArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * What grouping does for each new article, in a store of {@code articles} (the example texts varied into a stream of
 * different events, as {@code polynews bench ingest} makes it): find its candidates in the index, and compare it with
 * one of them. Each call takes the next of a fixed sample of stored articles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GroupingBenchmark {
    static final int SAMPLE = 200;

    @Param("2000")
    public int articles;

    private Path folder;
    private Polynews polynews;
    private final List<StoredArticle> sample = new ArrayList<>();
    private final List<StoredArticle[]> pairs = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("polynews-jmh-");
        polynews = Polynews.open(folder);
        SyntheticNewsStream stream = new SyntheticNewsStream(ExampleTexts.read(polynews.pipeline()), 1);
        List<SourceDocument> documents = LongStream.range(0, articles).mapToObj(stream::document).toList();
        polynews.ingestDocuments(documents, IngestListener.NONE);
        List<String> ids = polynews.stories().articles().stream().map(a -> a.id()).sorted().toList();
        for (int i = 0; i < SAMPLE && i < ids.size(); i++) {
            StoredArticle article = polynews.find(ids.get(i * ids.size() / SAMPLE)).orElseThrow();
            sample.add(article);
            polynews.groupingCandidates(article).stream().filter(c -> !c.id().equals(article.id())).findFirst()
                    .ifPresent(candidate -> pairs.add(new StoredArticle[] {article, candidate}));
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("no stored article has a grouping candidate");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        polynews.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public List<StoredArticle> candidates() {
        StoredArticle article = sample.get(next);
        next = (next + 1) % sample.size();
        return polynews.groupingCandidates(article);
    }

    @Benchmark
    public Comparison compare() {
        StoredArticle[] pair = pairs.get(next % pairs.size());
        next = (next + 1) % pairs.size();
        return polynews.score(pair[0], pair[1]);
    }
}
