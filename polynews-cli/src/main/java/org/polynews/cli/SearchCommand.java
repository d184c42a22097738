package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.polynews.Polynews;
import org.polynews.cluster.StoryReport;
import org.polynews.store.SearchHit;
import org.polynews.store.Snippet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find stored articles matching a query in any language, best first. Names and places in the query",
                "also match their spellings in other scripts (Trump finds ترامب and ترامپ)."})
final class SearchCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "Most results to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    ListingFormatOption format;

    @Override
    boolean readsStoredArticlesOnly() {
        return true;
    }

    /** One hit as printed, from the store or from the server that holds it. */
    private record Hit(String id, double score, String language, String published, String title, String event, Snippet snippet) {
    }

    @Override
    int run(Polynews polynews, PrintWriter out) throws Exception {
        checkLimit();
        List<Hit> hits = new ArrayList<>();
        for (SearchHit hit : polynews.search(query(), limit)) {
            StoryReport.ArticleSummary a = polynews.summary(hit.id()).orElseThrow();
            hits.add(new Hit(hit.id(), hit.score(), a.language(), a.published() == null ? null : a.published().toString(),
                    a.title(), a.event(), hit.snippet()));
        }
        print(hits, out);
        return 0;
    }

    @Override
    boolean answersOverHttp() {
        return true;
    }

    @Override
    int runThere(RunningServer server, PrintWriter out) throws Exception {
        checkLimit();
        List<Hit> hits = new ArrayList<>();
        for (JsonNode h : server.get("/api/search?q=" + RunningServer.encode(query()) + "&limit=" + limit).path("hits")) {
            List<String> matched = new ArrayList<>();
            h.path("matched").forEach(m -> matched.add(m.asText()));
            hits.add(new Hit(h.path("id").asText(), h.path("score").asDouble(), h.path("language").asText(null), h.path("published").asText(null),
                    h.path("title").asText(null), h.path("event").asText(null), Snippet.marking(h.path("snippet").asText(""), matched)));
        }
        print(hits, out);
        return 0;
    }

    private String query() {
        return String.join(" ", words);
    }

    private void checkLimit() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
    }

    private void print(List<Hit> hits, PrintWriter out) throws IOException {
        if (format.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Hit h : hits) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", h.id());
                row.put("score", h.score());
                row.put("language", h.language());
                row.put("published", h.published());
                row.put("title", h.title());
                row.put("event", h.event());
                row.put("snippet", h.snippet().text());
                row.put("matched", h.snippet().matched());
                rows.add(row);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("query", query());
            json.put("hits", rows);
            FormatOption.printJson(out, json);
        } else if (format.csv()) {
            CsvTable table = new CsvTable("id", "score", "language", "published", "title", "event", "snippet", "matched");
            hits.forEach(h -> table.add(h.id(), h.score(), h.language(), h.published(), h.title(), h.event(), h.snippet().text(),
                    h.snippet().matched()));
            table.print(out);
        } else if (hits.isEmpty()) {
            out.println("no article matches");
        } else {
            for (Hit h : hits) {
                out.printf("%s  %6.2f  [%s] %s  %s%n    %s%n", h.id(), h.score(), h.language(), StoriesCommand.nullToDash(h.published()),
                        StoriesCommand.nullToDash(h.title()), h.snippet().marked("[", "]"));
            }
        }
    }
}
