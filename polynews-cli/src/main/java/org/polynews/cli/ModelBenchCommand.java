package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.extract.Article;
import org.polynews.represent.ArticleEmbedder;
import org.polynews.source.CollectingSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure a model: articles embedded per second (windows batched as in ingest) and the cost it adds to a",
                "comparison of two stored articles (a cosine) or of two files (two embeddings)."})
final class ModelBenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "An added model.")
    String name;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "Articles to embed (default: examples/articles).")
    List<String> paths = List.of("examples/articles");

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Mixin
    DataFolderOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        CollectingSink read = new CollectingSink();
        pipeline.sourceReader(() -> System.in).read(paths, read);
        List<Article> articles = new ArrayList<>();
        read.documents().forEach(d -> {
            Pipeline.Extraction e = pipeline.extract(d);
            if (e.article() != null) {
                articles.add(e.article());
            }
        });
        if (articles.isEmpty()) {
            throw new InputException(String.join(" ", paths) + ": no articles to embed");
        }
        try (ModelInUse model = ModelInUse.load(data.data, name, new PrintWriter(Writer.nullWriter()))) {
            ArticleEmbedder embedder = model.embedder();
            List<float[]> vectors = embedder.embedAll(articles); // warm-up
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                vectors = embedder.embedAll(articles);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double perSecond = articles.size() * rounds / seconds;
            int pairs = 0;
            long t0 = System.nanoTime();
            double sink = 0;
            for (int r = 0; r < 1000; r++) {
                for (int i = 0; i + 1 < vectors.size(); i++) {
                    sink += ArticleEmbedder.cosine(vectors.get(i), vectors.get(i + 1));
                    pairs++;
                }
            }
            double cosineMicros = (System.nanoTime() - t0) / 1e3 / pairs;
            out.printf(Locale.ROOT, "%s: %d articles x %d rounds on %d cores: %.1f articles/s (%.1f ms each)%n", model.encoder().id(),
                    articles.size(), rounds, Runtime.getRuntime().availableProcessors(), perSecond, 1000 / perSecond);
            out.printf(Locale.ROOT, "compare of two stored articles: + %.2f µs (cosine of %d dimensions; mean cosine of neighbours %.2f)%n",
                    cosineMicros, model.encoder().dimensions(), sink / pairs);
            out.printf(Locale.ROOT, "compare of two files: + %.1f ms (two embeddings)%n", 2000 / perSecond);
            out.flush();
        }
        return 0;
    }
}
