package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.polynews.Polynews;
import org.polynews.analyze.AnalysisView;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Entity;
import org.polynews.analyze.PlaceMention;
import org.polynews.analyze.TimeReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one article as the engine understood it: clean text, title, date and where it came from, "
                + "language, entities, places, time references, event and storyline.")
final class ShowCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or an unambiguous prefix), or a file to analyse.")
    String id;

    @Mixin
    FormatOption format;

    @Override
    boolean readsStoredArticlesOnly() {
        return ArticleResolver.isStoredId(id);
    }

    @Override
    int run(Polynews polynews, PrintWriter out) throws Exception {
        AnalyzedArticle a = ArticleResolver.resolve(polynews, id);
        String event = polynews.eventOf(a.id());
        print(AnalysisView.of(a), event, event == null ? null : polynews.storylineOf(event), out);
        return 0;
    }

    @Override
    boolean answersOverHttp() {
        return true;
    }

    @Override
    int runThere(RunningServer server, PrintWriter out) throws Exception {
        JsonNode answer = server.get("/api/articles/" + RunningServer.encode(id));
        AnalysisView a = Polynews.outputMapper().treeToValue(answer.get("article"), AnalysisView.class);
        print(a, answer.path("event").asText(null), answer.path("storyline").asText(null), out);
        return 0;
    }

    private void print(AnalysisView a, String event, String storyline, PrintWriter out) throws IOException {
        if (format.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("article", a);
            json.put("event", event);
            json.put("storyline", storyline);
            FormatOption.printJson(out, json);
            return;
        }
        var art = a.article();
        out.printf("id          %s%n", a.id());
        out.printf("source      %s%n", art.source());
        out.printf("title       %s%n", StoriesCommand.nullToDash(art.title()));
        out.printf("published   %s%s%n", StoriesCommand.nullToDash(art.published()), art.published() == null ? "" : "  (from " + art.dateSource().name().toLowerCase().replace('_', '-') + ")");
        out.printf("author      %s%n", StoriesCommand.nullToDash(art.author()));
        out.printf("site        %s%s%n", StoriesCommand.nullToDash(art.site()), art.url() == null ? "" : "  " + art.url());
        out.printf("language    %s  (paragraph characters by language: %s)%n", a.language(), a.languageShares());
        out.printf("event       %s%n", StoriesCommand.nullToDash(event));
        out.printf("storyline   %s%n", StoriesCommand.nullToDash(storyline));
        out.printf("entities    %s%n", a.entities().stream().map(ShowCommand::entity).collect(Collectors.joining("; ")));
        out.printf("places      %s%n", a.places().stream().map(ShowCommand::place).collect(Collectors.joining("; ")));
        out.printf("time        %s%n", a.times().stream().map(ShowCommand::time).collect(Collectors.joining("; ")));
        out.printf("keywords    %s%n", String.join(", ", a.keywords()));
        out.printf("style       %d words, %d sentences, %.1f words/sentence, %.0f%% quoted%n%n", a.style().words(),
                a.style().sentences(), a.style().wordsPerSentence(), 100 * a.style().quotedShare());
        art.paragraphs().forEach(p -> out.println(p + "\n"));
    }

    private static String entity(Entity e) {
        return e.name() + " (" + e.type().name().toLowerCase() + (e.mentions() > 1 ? ", " + e.mentions() + "×" : "") + ")";
    }

    private static String place(PlaceMention p) {
        return p.place().name() + (p.surface().equals(p.place().name()) ? "" : " = " + p.surface()) + (p.mentions() > 1 ? " (" + p.mentions() + "×)" : "");
    }

    private static String time(TimeReference t) {
        return t.text() + (t.date() == null ? "" : " → " + t.date() + (t.granularity() == TimeReference.Granularity.DAY ? "" : " (" + t.granularity().name().toLowerCase() + ")"));
    }
}
