package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.polynews.IngestReport;
import org.polynews.Polynews;
import org.polynews.cluster.ArticleFilter;
import org.polynews.cluster.ClusterSnapshot;
import org.polynews.cluster.Coverage;
import org.polynews.cluster.CoverageRank;
import org.polynews.cluster.StoryPage;
import org.polynews.cluster.StoryReport;
import org.polynews.cluster.StorylineSelection;
import org.polynews.language.LanguageCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Print events (articles reporting the same happening, in any language) and storylines (events that",
                "continue one another). Ingests PATHs first when given."})
final class StoriesCommand extends StoreCommand {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest first (optional).")
    List<String> paths = List.of();

    @Mixin
    ListingFormatOption format;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Title events and storylines in this language (ISO 639-1, like en or ar) where an article in it has a title.")
    String language;

    @Option(names = "--covered-in", paramLabel = "CODE", description = "Only storylines with an article in this language.")
    String coveredIn;

    @Option(names = "--since", paramLabel = "DATE", description = "Only storylines with an article published on or after this day (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only storylines with an article published on or before this day.")
    LocalDate until;

    @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0", description = "Only storylines with at least N independent sources.")
    int minSources;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "coverage",
            description = "coverage (independent sources, halved every 30 days before the newest) or recent (newest first). Default: ${DEFAULT-VALUE}.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "At most N storylines (default: all).")
    Integer limit;

    @Option(names = "--singles", description = "Print storylines of a single article too (from 20 storylines on, the table counts them in one line otherwise).")
    boolean singles;

    @Override
    boolean readsStoredArticlesOnly() {
        return paths.isEmpty();
    }

    @Override
    int run(Polynews polynews, PrintWriter out) throws Exception {
        String reader = readerLanguage();
        int exit = 0;
        if (!paths.isEmpty()) {
            IngestReport report = Ingestion.run(polynews, paths, err(), false);
            exit = report.skipped().isEmpty() ? 0 : 1;
        }
        print(polynews.stories(selection()).inLanguage(reader), out);
        return exit;
    }

    @Override
    boolean answersOverHttp() {
        return paths.isEmpty(); // a server ingests nothing for this command
    }

    @Override
    int runThere(RunningServer server, PrintWriter out) throws Exception {
        JsonNode page = server.get("/api/stories" + query(selection(), readerLanguage()));
        print(Polynews.outputMapper().treeToValue(page, StoryPage.class), out);
        return 0;
    }

    /** The selection and the reader's language as /api/stories takes them. */
    private static String query(StorylineSelection selection, String reader) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("lang", reader);
        parameters.put("language", selection.filter().language());
        parameters.put("from", selection.filter().from());
        parameters.put("to", selection.filter().to());
        parameters.put("min_sources", selection.minSources());
        parameters.put("sort", selection.order().name().toLowerCase(Locale.ROOT));
        parameters.put("limit", selection.limit() == null ? null : Math.max(selection.limit(), 0));
        StringJoiner query = new StringJoiner("&", "?", "");
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private String readerLanguage() {
        return language == null ? null : LanguageCode.of(language)
                .orElseThrow(() -> new InputException("--language " + language + ": not a language code (ISO 639-1, like en, ar or hi)"));
    }

    /** The storylines the options ask for, as the format option asks. */
    private void print(StoryPage page, PrintWriter out) throws IOException {
        StoryReport report = page.report();
        if (format.json()) {
            FormatOption.printJson(out, report);
        } else if (format.csv()) {
            printCsv(report, out);
        } else {
            printTable(report, out, singles);
            int left = page.storylines() - report.storylines().size();
            if (left > 0) {
                out.printf("%n%d more storyline%s left out by the options given.%n", left, plural(left));
            }
        }
    }

    /** Which storylines the options keep, in the order asked for. */
    private StorylineSelection selection() {
        String in = coveredIn == null ? null : LanguageCode.of(coveredIn)
                .orElseThrow(() -> new InputException("--covered-in " + coveredIn + ": not a language code (ISO 639-1, like en, ar or hi)"));
        CoverageRank.Order order = CoverageRank.Order.named(sort).orElseThrow(() -> new InputException("--sort " + sort + ": coverage or recent"));
        if (since != null && until != null && since.isAfter(until)) {
            throw new InputException("--since " + since + " is after --until " + until);
        }
        return new StorylineSelection(new ArticleFilter(in, since, until, null), minSources, order, limit);
    }

    /** One row per event, storyline by storyline in the listing's order, with the event's coverage. */
    static void printCsv(StoryReport report, PrintWriter out) throws IOException {
        CsvTable table = new CsvTable("storyline", "storyline_title", "event", "event_title", "first_published", "languages", "articles",
                "sites", "independent_sources", "countries", "first_report_site", "first_report_language", "first_report_published", "spread");
        Map<String, StoryReport.EventSummary> events = new HashMap<>();
        report.events().forEach(e -> events.put(e.id(), e));
        for (StoryReport.StorylineSummary s : report.storylines()) {
            for (String eventId : s.events()) {
                StoryReport.EventSummary e = events.get(eventId);
                Coverage c = e.coverage();
                Coverage.Report first = c.firstReport();
                table.add(s.id(), s.title(), e.id(), e.title(), e.firstPublished(), e.languages(), c.articles(), c.sites(), c.independentSources(),
                        c.countries().keySet(), first == null ? null : first.site(), first == null ? null : first.language(),
                        first == null ? null : first.published(), c.spread());
            }
        }
        table.print(out);
    }

    /** Storylines listed from which those of a single article are counted rather than printed. */
    static final int FOLD_SINGLES_FROM = 20;

    /**
     * The report as a table; without {@code singles}, storylines of one article are counted in one line at the end when
     * the listing is long (a store of a day's news holds hundreds; a few articles just ingested should all show).
     */
    static void printTable(StoryReport report, PrintWriter out, boolean singles) {
        boolean fold = !singles && report.storylines().size() >= FOLD_SINGLES_FROM;
        Map<String, StoryReport.EventSummary> events = new HashMap<>();
        report.events().forEach(e -> events.put(e.id(), e));
        Map<String, StoryReport.ArticleSummary> articles = new HashMap<>();
        report.articles().forEach(a -> articles.put(a.id(), a));
        out.printf("%d storyline%s, %d event%s, %d article%s%n", report.storylines().size(), plural(report.storylines().size()),
                report.events().size(), plural(report.events().size()), report.articles().size(), plural(report.articles().size()));
        int folded = 0;
        for (StoryReport.StorylineSummary s : report.storylines()) {
            if (fold && s.coverage().articles() == 1) {
                folded++;
                continue;
            }
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
        if (folded > 0) {
            out.printf("%n%d storyline%s of a single article not shown (--singles lists them).%n", folded, plural(folded));
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
        line = c.spread() == null ? line : line + "; " + c.spread();
        List<String> silent = c.blindspots().languages().stream().map(s -> s.code() + " (" + s.articles() + ")").toList();
        return silent.isEmpty() ? line : line + "; silent in " + String.join(", ", silent) + " (articles on its people and places elsewhere)";
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
