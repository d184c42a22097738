package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.eval.BenchmarkException;
import org.polynews.eval.ClusteringInputReader;
import org.polynews.represent.ArticleFeatures;
import org.polynews.similarity.BackgroundStatistics;
import org.polynews.source.SourceDocument;
import org.polynews.similarity.BackgroundStatisticsBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

@Command(name = "background", mixinStandardHelpOptions = true,
        description = {"Build the fixed term weights polynews compares articles with (inverse document frequencies of word stems,",
                "name keys and places) from public word-frequency lists (a folder of XX_50k.txt.gz files, 'word count' a line,",
                "hermitdave/FrequencyWords) blended with news articles (--news), whose names also become known names.",
                "To change what polynews ships, write it to",
                "polynews-core/src/main/resources/org/polynews/similarity/" + BackgroundStatistics.RESOURCE + " and rebuild."})
final class BackgroundTrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of frequency lists, one per language (XX_*.txt.gz).")
    Path folder;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = BackgroundStatistics.RESOURCE,
            description = "Where to write the table (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--news", arity = "1..*", paramLabel = "FILE",
            description = "News articles to blend in: JSON Lines of articles (text, language…) or a SemEval pairs file (its texts, once each).")
    List<Path> news = new ArrayList<>();

    @Option(names = "--source", paramLabel = "TEXT", defaultValue = "hermitdave/FrequencyWords 2018 lists (OpenSubtitles 2018), CC BY-SA 4.0",
            description = "Where the lists come from and their licence, written into the table's header (default: ${DEFAULT-VALUE}).")
    String source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder + ": no such folder");
        }
        Map<String, Path> lists = BackgroundStatisticsBuilder.lists(folder);
        if (lists.isEmpty()) {
            throw new InputException(folder + ": no frequency lists (expected files named XX_*.txt.gz, XX a language code)");
        }
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        List<ArticleFeatures> articles = analyse(pipeline, err);
        BackgroundStatisticsBuilder builder = new BackgroundStatisticsBuilder(pipeline.analyzers(), pipeline.nameKeys(), pipeline.gazetteer(), pipeline.normalizer());
        BackgroundStatistics.Table table;
        try {
            table = builder.build(lists, articles, (language, terms) -> {
                err.printf("  %s: %d terms%n", language, terms);
                err.flush();
            });
        } catch (IOException e) {
            throw new InputException(e.getMessage());
        }
        try {
            List<String> header = new ArrayList<>(List.of(
                    "polynews background term weights: the IDF of word stems (t:LANG:stem), name keys (n:KEY) and places (g:ID), and the name keys known as names",
                    "built by: polynews train background DIR" + (news.isEmpty() ? "" : " --news " + news.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" "))),
                    "word lists: " + String.join(" ", lists.keySet()) + "; " + articles.size() + " news articles",
                    "derived from " + source + "; this table is under the same licence"));
            new BackgroundStatistics(table, header).write(output);
        } catch (IOException e) {
            throw new InputException(output + ": cannot write: " + e.getMessage());
        }
        out.printf("%d terms and %d known names from %d word lists and %d news articles (others weigh %.2f) written to %s%n",
                table.idf().size(), table.knownNames().size(), lists.size(), articles.size(), table.unknown(), output);
        out.flush();
        return 0;
    }

    /** The --news articles' features (analysed in parallel: the pipeline is thread-safe). */
    private List<ArticleFeatures> analyse(Pipeline pipeline, PrintWriter err) {
        ClusteringInputReader reader = new ClusteringInputReader(Polynews.jsonMapper());
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : news) {
            try {
                ClusteringInputReader.Mix mix = reader.mix(file);
                mix.problems().forEach(p -> err.println("skipped " + p));
                documents.addAll(mix.documents());
            } catch (BenchmarkException e) {
                throw new InputException(e.getMessage());
            }
        }
        ProgressMeter progress = new ProgressMeter(err, "news article", false);
        AtomicInteger done = new AtomicInteger();
        return documents.parallelStream()
                .map(d -> {
                    Pipeline.Outcome outcome = pipeline.process(d);
                    progress.done(done.incrementAndGet(), documents.size());
                    return outcome.features();
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
