package org.polynews.eval;

import org.polynews.IngestListener;
import org.polynews.Polynews;
import org.polynews.source.SourceDocument;
import org.polynews.store.SearchHit;
import org.polynews.store.StoredArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * How polynews's costs grow with its store: ingests a {@link SyntheticNewsStream} up to each checkpoint, and at each
 * measures the ingest rate since the last one, the peak heap, the index size per article, and the latency of searches
 * and of comparisons of stored articles. The queries and pairs are drawn with a fixed seed, so two runs ask the same.
 */
public final class IngestBenchmark {
    /** Searches, and comparisons, timed at each checkpoint. */
    static final int PROBES = 200;

    /** The figures at one checkpoint; latencies in milliseconds, the rate over the articles since the last one. */
    /**
     * @param peakHeapBytes the most heap in use since the last checkpoint, garbage included (the JVM lets it grow
     *                      toward its maximum before collecting)
     * @param liveHeapBytes heap in use after a full collection at the checkpoint: what the store really keeps
     */
    public record Checkpoint(long articles, double articlesPerSecond, long peakHeapBytes, long liveHeapBytes, double indexBytesPerArticle,
                             Latency search, Latency compare) {
    }

    public record Latency(int probes, double p50, double p99) {
    }

    /** Told as the benchmark goes, for progress. */
    public interface Listener {
        void ingested(long articles);

        void checkpoint(Checkpoint checkpoint);
    }

    private final SyntheticNewsStream stream;
    private final List<String> queryWords;
    private final long seed;

    /** @param queryWords words searched for, two at a time (words of the texts the stream is made from) */
    public IngestBenchmark(SyntheticNewsStream stream, List<String> queryWords, long seed) {
        if (queryWords.isEmpty()) {
            throw new IllegalArgumentException("no words to search for");
        }
        this.stream = stream;
        this.queryWords = List.copyOf(queryWords);
        this.seed = seed;
    }

    /** Ingests the stream into {@code polynews} (stored in {@code dataDir}) up to each of {@code checkpoints}, ascending. */
    public List<Checkpoint> run(Polynews polynews, Path dataDir, List<Long> checkpoints, Listener listener) {
        List<Checkpoint> results = new ArrayList<>();
        long done = polynews.size();
        try (HeapPeak heap = new HeapPeak()) {
            for (long checkpoint : checkpoints) {
                if (checkpoint <= done) {
                    continue;
                }
                heap.reset();
                long from = done;
                long start = System.nanoTime();
                polynews.ingestDocuments(() -> documents(from, checkpoint), new IngestListener() {
                    private long n = from;

                    @Override
                    public void article(String source, String id, boolean added) {
                        listener.ingested(++n);
                    }
                });
                double seconds = (System.nanoTime() - start) / 1e9;
                done = checkpoint;
                long peak = heap.bytes();
                int stored = Math.max(1, polynews.size());
                Checkpoint c = new Checkpoint(checkpoint, round((checkpoint - from) / seconds), peak, liveHeap(), round(folderBytes(dataDir) / (double) stored),
                        searchLatency(polynews), compareLatency(polynews));
                results.add(c);
                listener.checkpoint(c);
            }
        }
        return results;
    }

    private Iterator<SourceDocument> documents(long from, long to) {
        return new Iterator<>() {
            private long next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public SourceDocument next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return stream.document(next++);
            }
        };
    }

    private Latency searchLatency(Polynews polynews) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] nanos = new long[PROBES];
        for (int i = 0; i < PROBES; i++) {
            String query = queryWords.get(random.nextInt(queryWords.size())) + " " + queryWords.get(random.nextInt(queryWords.size()));
            long start = System.nanoTime();
            polynews.search(query, 10);
            nanos[i] = System.nanoTime() - start;
        }
        return latency(nanos);
    }

    /** Two stored articles found by a search, looked up by id and compared, as {@code polynews compare ID ID} does. */
    private Latency compareLatency(Polynews polynews) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20 && ids.size() < 2 * PROBES; i++) {
            String word = queryWords.get(random.nextInt(queryWords.size()));
            polynews.search(word, 20).stream().map(SearchHit::id).forEach(ids::add);
        }
        if (ids.size() < 2) {
            return new Latency(0, Double.NaN, Double.NaN);
        }
        long[] nanos = new long[PROBES];
        for (int i = 0; i < PROBES; i++) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            long start = System.nanoTime();
            Optional<StoredArticle> x = polynews.find(a);
            Optional<StoredArticle> y = polynews.find(b);
            if (x.isPresent() && y.isPresent()) {
                polynews.compare(x.get().analysis(), y.get().analysis());
            }
            nanos[i] = System.nanoTime() - start;
        }
        return latency(nanos);
    }

    private static Latency latency(long[] nanos) {
        List<Long> sorted = new ArrayList<>(nanos.length);
        for (long n : nanos) {
            sorted.add(n);
        }
        sorted.sort(null);
        return new Latency(nanos.length, round(Percentiles.nearestRank(sorted, 0.50) / 1e6), round(Percentiles.nearestRank(sorted, 0.99) / 1e6));
    }

    private static long liveHeap() {
        System.gc(); // a benchmark's measurement, asked for on purpose
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long folderBytes(Path folder) {
        try {
            return sizeOf(folder);
        } catch (UncheckedIOException e) {
            return sizeOf(folder); // a file merged away by Lucene while it was walked: once more
        }
    }

    private static long sizeOf(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file Lucene merged away while we looked
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
