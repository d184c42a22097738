package org.polynews.cli;

import org.polynews.cluster.StoryReporter;
import org.polynews.Polynews;
import org.polynews.store.SearchHit;
import org.polynews.store.StoredArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Override
    int run(Polynews polynews, PrintWriter out) throws Exception {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        List<SearchHit> hits = polynews.search(String.join(" ", words), limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> marked = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            StoredArticle a = polynews.find(hit.id()).orElseThrow();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", hit.id());
            row.put("score", hit.score());
            row.put("language", a.analysis().language());
            row.put("published", a.analysis().article().published());
            row.put("title", StoryReporter.label(a.analysis().article()));
            row.put("event", polynews.eventOf(hit.id()));
            row.put("snippet", hit.snippet().text());
            row.put("matched", hit.snippet().matched());
            marked.put(hit.id(), hit.snippet().marked("[", "]"));
            rows.add(row);
        }
        if (format.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("query", String.join(" ", words));
            json.put("hits", rows);
            FormatOption.printJson(out, json);
        } else if (format.csv()) {
            CsvTable table = new CsvTable("id", "score", "language", "published", "title", "event", "snippet", "matched");
            rows.forEach(r -> table.add(r.get("id"), r.get("score"), r.get("language"), r.get("published"), r.get("title"), r.get("event"),
                    r.get("snippet"), r.get("matched")));
            table.print(out);
        } else if (rows.isEmpty()) {
            out.println("no article matches");
        } else {
            for (Map<String, Object> row : rows) {
                out.printf("%s  %6.2f  [%s] %s  %s%n    %s%n", row.get("id"), (Double) row.get("score"), row.get("language"),
                        StoriesCommand.nullToDash(row.get("published")), StoriesCommand.nullToDash(row.get("title")), marked.get((String) row.get("id")));
            }
        }
        return 0;
    }
}
