package org.polynews.cli;

import org.polynews.IngestReport;
import org.polynews.Polynews;
import org.polynews.cluster.ClusterSnapshot;
import org.polynews.cluster.Coverage;
import org.polynews.cluster.StoryReport;
import org.polynews.language.LanguageCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Print events (articles reporting the same happening, in any language) and storylines (events that",
                "continue one another). Ingests PATHs first when given."})
final class StoriesCommand extends StoreCommand {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest first (optional).")
    List<String> paths = List.of();

    @Mixin
    FormatOption format;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Title events and storylines in this language (ISO 639-1, like en or ar) where an article in it has a title.")
    String language;

    @Override
    int run(Polynews polynews, PrintWriter out) throws Exception {
        String reader = language == null ? null : LanguageCode.of(language)
                .orElseThrow(() -> new InputException("--language " + language + ": not a language code (ISO 639-1, like en, ar or hi)"));
        int exit = 0;
        if (!paths.isEmpty()) {
            IngestReport report = Ingestion.run(polynews, paths, err(), false);
            exit = report.skipped().isEmpty() ? 0 : 1;
        }
        StoryReport report = polynews.stories().inLanguage(reader);
        if (format.json()) {
            FormatOption.printJson(out, report);
        } else {
            printTable(report, out);
        }
        return exit;
    }

    static void printTable(StoryReport report, PrintWriter out) {
        Map<String, StoryReport.EventSummary> events = new HashMap<>();
        report.events().forEach(e -> events.put(e.id(), e));
        Map<String, StoryReport.ArticleSummary> articles = new HashMap<>();
        report.articles().forEach(a -> articles.put(a.id(), a));
        out.printf("%d storyline%s, %d event%s, %d article%s%n", report.storylines().size(), plural(report.storylines().size()),
                report.events().size(), plural(report.events().size()), report.articles().size(), plural(report.articles().size()));
        for (StoryReport.StorylineSummary s : report.storylines()) {
            out.println();
            out.printf("Storyline %s: %s%n", s.id(), nullToDash(s.title()));
            out.printf("  %s … %s, %s%n", nullToDash(s.firstPublished()), nullToDash(s.lastPublished()), String.join(", ", s.languages()));
            out.printf("  %s%n", coverageLine(s.coverage()));
            for (String eventId : s.events()) {
                StoryReport.EventSummary e = events.get(eventId);
                out.printf("  Event %s  %s  %s  [%s]%n", e.id(), pad(nullToDash(e.firstPublished())), nullToDash(e.title()), String.join(", ", e.languages()));
                if (e.link() != null) {
                    out.printf(Locale.ROOT, "      continues the storyline (probability %.2f): %s%n", e.link().score(), reason(e.link()));
                }
                for (String articleId : e.articles()) {
                    StoryReport.ArticleSummary a = articles.get(articleId);
                    out.printf("      %s  %s  %-10s  %s  (%s)%n", a.id(), a.language(), nullToDash(a.published()), nullToDash(a.title()), a.source());
                }
            }
        }
        if (!report.nearCopies().isEmpty()) {
            out.println();
            out.println("Near-copies (syndicated or re-posted text):");
            report.nearCopies().forEach(n -> out.printf("  %s ~ %s  (%.0f%% of passages shared)%n", n.first(), n.second(), 100 * n.similarity()));
        }
    }

    /** "5 articles from 4 sites, 3 independent sources; first in en (Reuters, 2026-03-02), then de +1 day". */
    static String coverageLine(Coverage c) {
        String line = String.format(Locale.ROOT, "%d article%s from %d site%s, %d independent source%s", c.articles(), plural(c.articles()),
                c.sites(), plural(c.sites()), c.independentSources(), plural(c.independentSources()));
        return c.spread() == null ? line : line + "; " + c.spread();
    }

    /** The names, places and words an event shares with its storyline. */
    static String reason(ClusterSnapshot.StorylineLink link) {
        List<String> parts = new ArrayList<>();
        if (!link.names().isEmpty()) {
            parts.add("names " + String.join(", ", link.names()));
        }
        if (!link.places().isEmpty()) {
            parts.add("places " + String.join(", ", link.places()));
        }
        if (!link.words().isEmpty()) {
            parts.add("words " + String.join(", ", link.words()));
        }
        return String.join("; ", parts);
    }

    private static String pad(String s) {
        return String.format("%-10s", s);
    }

    static String nullToDash(Object o) {
        return o == null ? "-" : o.toString();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
