package org.polynews.cli;

import org.junit.jupiter.api.Test;
import org.polynews.cluster.Coverage;
import org.polynews.cluster.StoryReport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The stories table of a long listing counts the storylines of one article instead of printing each. */
class StoriesTableTest {
    private static StoryReport report(int storylines) {
        List<StoryReport.ArticleSummary> articles = new ArrayList<>();
        List<StoryReport.EventSummary> events = new ArrayList<>();
        List<StoryReport.StorylineSummary> lines = new ArrayList<>();
        LocalDate day = LocalDate.parse("2026-03-02");
        for (int i = 0; i < storylines; i++) {
            int size = i == 0 ? 2 : 1;
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                String id = "a" + i + "x" + k;
                ids.add(id);
                articles.add(new StoryReport.ArticleSummary(id, "in/" + id + ".txt", "Story " + i, "en", day, "site" + k, "e" + i, "s" + i));
            }
            Coverage coverage = new Coverage(size, size, size, Map.of("en", size), Map.of(), new Coverage.Report(ids.get(0), "site0", "en", day), List.of(), null);
            events.add(new StoryReport.EventSummary("e" + i, ids, "Story " + i, List.of("en"), day, List.of("site0"), "s" + i, null, coverage, Map.of()));
            lines.add(new StoryReport.StorylineSummary("s" + i, List.of("e" + i), "Story " + i, day, day, List.of("en"), coverage, Map.of()));
        }
        return new StoryReport(articles, events, lines, List.of(), Map.of(), Map.of());
    }

    private static String table(StoryReport report, boolean singles) {
        StringWriter out = new StringWriter();
        StoriesCommand.printTable(report, new PrintWriter(out), singles);
        return out.toString();
    }

    @Test
    void aLongListingCountsItsSingleArticleStorylinesAndAShortOneShowsThem() {
        String longListing = table(report(StoriesCommand.FOLD_SINGLES_FROM), false);
        assertThat(longListing).contains("Storyline s0: Story 0").doesNotContain("Storyline s1:")
                .contains((StoriesCommand.FOLD_SINGLES_FROM - 1) + " storylines of a single article not shown (--singles lists them)");
        assertThat(table(report(StoriesCommand.FOLD_SINGLES_FROM), true)).contains("Storyline s1: Story 1").doesNotContain("not shown");
        assertThat(table(report(3), false)).contains("Storyline s2: Story 2").doesNotContain("not shown");
    }
}
