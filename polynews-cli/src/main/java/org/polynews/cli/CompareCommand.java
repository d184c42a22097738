package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.DimensionScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two articles on the seven SemEval-2022 Task 8 dimensions (geography, entities, time, narrative,",
                "overall, style, tone; 1 = very similar ... 4 = very dissimilar), with the evidence for each score.",
                "A and B are stored article ids (or unambiguous prefixes) or files."})
final class CompareCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "A", description = "First article: id or file.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "Second article: id or file.")
    String second;

    @Mixin
    FormatOption format;

    @Override
    boolean readsStoredArticlesOnly() {
        return ArticleResolver.isStoredId(first) || ArticleResolver.isStoredId(second);
    }

    @Override
    int run(Polynews polynews, PrintWriter out) throws Exception {
        AnalyzedArticle a = ArticleResolver.resolve(polynews, first);
        AnalyzedArticle b = ArticleResolver.resolve(polynews, second);
        print(new Shown(a.id(), a.language(), a.article().label()), new Shown(b.id(), b.language(), b.article().label()),
                polynews.compare(a, b), out);
        return 0;
    }

    @Override
    boolean answersOverHttp() {
        return ArticleResolver.isStoredId(first) && ArticleResolver.isStoredId(second);
    }

    @Override
    int runThere(RunningServer server, PrintWriter out) throws Exception {
        JsonNode answer = server.get("/api/compare?a=" + RunningServer.encode(first) + "&b=" + RunningServer.encode(second));
        Comparison c = Polynews.outputMapper().treeToValue(answer.get("comparison"), Comparison.class);
        print(Shown.of(answer.get("a")), Shown.of(answer.get("b")), c, out);
        return 0;
    }

    /** An article as the comparison names it. */
    private record Shown(String id, String language, String title) {
        static Shown of(JsonNode side) {
            return new Shown(side.path("id").asText(), side.path("language").asText(), side.path("title").asText(null));
        }
    }

    private void print(Shown a, Shown b, Comparison c, PrintWriter out) throws IOException {
        if (format.json()) {
            FormatOption.printJson(out, c);
            return;
        }
        out.printf("A: %s  [%s]  %s%n", a.id(), a.language(), StoriesCommand.nullToDash(a.title()));
        out.printf("B: %s  [%s]  %s%n%n", b.id(), b.language(), StoriesCommand.nullToDash(b.title()));
        out.println("dimension   score (1 = very similar ... 4 = very dissimilar)");
        for (DimensionScore d : c.dimensions()) {
            out.printf("%-11s %.2f%n", d.dimension().label(), d.score());
            d.evidence().forEach(e -> out.println("              " + e));
        }
        if (c.nearCopy() > 0) {
            out.printf("%nnear-copy estimate: %.0f%% of 5-word passages shared%n", 100 * c.nearCopy());
        }
    }
}
