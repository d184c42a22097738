package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.eval.BenchmarkException;
import org.polynews.eval.ClusteringInputReader;
import org.polynews.eval.IngestBenchmark;
import org.polynews.eval.SyntheticNewsStream;
import org.polynews.source.SourceDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest a deterministic stream of N synthetic news articles made from the real texts given (different events",
                "by changing their names, places, words, numbers and dates; each event retold twice more by reordering and",
                "trimming), and at 1,000, 10,000, 100,000 and 1,000,000 articles (those below N) and at N print: articles/s",
                "since the last checkpoint, peak heap, index size per article, and search and compare latency (p50/p99).",
                "Cost per article should stay flat as the store grows. Uses a scratch store unless --data is given."})
final class IngestBenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "TEXTS", description = "JSON Lines files of articles ({\"text\": ...}), or SemEval pairs files (their texts, once each).")
    List<Path> texts;

    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    long articles;

    @Option(names = "--data", paramLabel = "DIR", description = "An empty or new data folder to ingest into and keep (default: a scratch folder, deleted afterwards).")
    Path data;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the stream, the queries and the pairs compared (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    FormatOption format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be 1 or more");
        }
        if (data != null && Files.isDirectory(data) && !isEmpty(data)) {
            throw new InputException(data + " is not empty: the benchmark fills a store with synthetic articles; give a new folder");
        }
        List<SourceDocument> bases = read(err);
        Path folder = data != null ? data : ScratchFolder.create("polynews-bench-");
        ProgressMeter meter = progressOption.meter(err, "article", format);
        List<Long> checkpoints = checkpoints(articles);
        List<IngestBenchmark.Checkpoint> results;
        try (Polynews polynews = Polynews.open(folder)) {
            IngestBenchmark benchmark = new IngestBenchmark(new SyntheticNewsStream(bases, seed), queryWords(bases), seed);
            results = benchmark.run(polynews, folder, checkpoints, new IngestBenchmark.Listener() {
                @Override
                public void ingested(long n) {
                    meter.done((int) Math.min(n, Integer.MAX_VALUE), (int) Math.min(articles, Integer.MAX_VALUE));
                }

                @Override
                public void checkpoint(IngestBenchmark.Checkpoint c) {
                    if (!format.json()) {
                        if (c.articles() == checkpoints.get(0)) {
                            out.println("articles    articles/s  heap MB peak/live  index KB/article  search p50/p99 ms  compare p50/p99 ms");
                        }
                        out.printf(Locale.ROOT, "%-10d  %10.1f  %10.0f / %5.0f  %16.1f  %8.1f / %6.1f  %9.1f / %6.1f%n", c.articles(), c.articlesPerSecond(),
                                c.peakHeapBytes() / 1048576.0, c.liveHeapBytes() / 1048576.0, c.indexBytesPerArticle() / 1024, c.search().p50(), c.search().p99(),
                                c.compare().p50(), c.compare().p99());
                        out.flush();
                    }
                }
            });
        } finally {
            if (data == null) {
                ScratchFolder.deleteQuietly(folder);
            }
        }
        if (format.json()) {
            FormatOption.printJson(out, results);
        }
        out.flush();
        return 0;
    }

    /** 1,000, 10,000, 100,000 and 1,000,000 where below {@code n}, and {@code n}. */
    static List<Long> checkpoints(long n) {
        List<Long> out = new ArrayList<>();
        for (long c = 1_000; c < n && c <= 1_000_000; c *= 10) {
            out.add(c);
        }
        out.add(n);
        return out;
    }

    private List<SourceDocument> read(PrintWriter err) {
        ClusteringInputReader reader = new ClusteringInputReader(Polynews.jsonMapper());
        List<SourceDocument> bases = new ArrayList<>();
        for (Path file : texts) {
            try {
                ClusteringInputReader.Mix mix = reader.mix(file);
                mix.problems().forEach(p -> err.println("skipped " + p));
                bases.addAll(mix.documents());
            } catch (BenchmarkException e) {
                throw new InputException(e.getMessage());
            }
        }
        if (bases.isEmpty()) {
            throw new InputException("no article texts in " + texts + ": the stream is made from real texts");
        }
        return bases;
    }

    /** Words of five letters or more of the texts, to search for. */
    private static List<String> queryWords(List<SourceDocument> bases) {
        TreeSet<String> words = new TreeSet<>();
        for (SourceDocument d : bases) {
            for (String w : d.text().split("[^\\p{L}\\p{M}]+")) {
                if (w.codePointCount(0, w.length()) >= 5) {
                    words.add(w);
                }
            }
        }
        return new ArrayList<>(words);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
