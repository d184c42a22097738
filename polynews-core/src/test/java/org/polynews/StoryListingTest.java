package org.polynews;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.cluster.ArticleFilter;
import org.polynews.cluster.CoverageRank;
import org.polynews.cluster.StoryPage;
import org.polynews.cluster.StoryReport;
import org.polynews.cluster.StorylineListing;
import org.polynews.cluster.StorylineSelection;
import org.polynews.similarity.SimilarityModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listings read from the facts the grouping file keeps (standings, facts, named subjects) are the listings of the
 * whole report, on the project's multilingual examples ingested in two runs, opened to write and to read.
 */
class StoryListingTest {
    private static final Path ARTICLES = Path.of("..", "examples", "articles");

    private static final List<StorylineSelection> SELECTIONS = List.of(
            StorylineSelection.ALL,
            new StorylineSelection(new ArticleFilter(null, null, null, null), 0, CoverageRank.Order.RECENT, 3),
            new StorylineSelection(new ArticleFilter("ar", null, null, null), 0, CoverageRank.Order.COVERAGE, null),
            new StorylineSelection(new ArticleFilter(null, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), null), 2, CoverageRank.Order.COVERAGE, 4),
            new StorylineSelection(new ArticleFilter("fa", null, null, null), 0, 2, 6, CoverageRank.Order.RECENT, 1, 2),
            new StorylineSelection(new ArticleFilter(null, null, null, null), 0, 0, Integer.MAX_VALUE, CoverageRank.Order.COVERAGE, 50, 10));

    @Test
    void listingsFromKeptFactsAreThoseOfTheWholeReport(@TempDir Path data, @TempDir Path firstHalf) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(ARTICLES)) {
            files = all.sorted().toList();
        }
        for (Path f : files.subList(0, files.size() / 2)) {
            Files.copy(f, firstHalf.resolve(f.getFileName()));
        }
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingest(List.of(firstHalf.toString()), () -> System.in, IngestListener.NONE);
            polynews.ingest(List.of(ARTICLES.toString()), () -> System.in, IngestListener.NONE); // joins and merges what the first run made
            assertSameAsWholeReport(polynews);
        }
        try (Polynews reading = Polynews.openForReading(data, new Pipeline(Polynews.jsonMapper()), null,
                () -> SimilarityModel.bundled(Polynews.jsonMapper()))) {
            assertSameAsWholeReport(reading);
        }
    }

    private static void assertSameAsWholeReport(Polynews polynews) {
        StoryReport all = polynews.stories();
        assertThat(all.articles()).hasSize(30);
        for (StorylineSelection selection : SELECTIONS) {
            StoryPage whole = StoryPage.of(all, selection);
            assertThat(polynews.stories(selection)).as(selection.toString()).isEqualTo(whole);
            assertThat(polynews.storylines(selection)).as(selection.toString()).isEqualTo(StorylineListing.of(whole));
        }
        assertThat(StoryPage.of(all, SELECTIONS.get(1)).report().storylines()).as("a page of a real listing").hasSize(3);
        for (StoryReport.StorylineSummary s : all.storylines()) {
            assertThat(polynews.storyline(s.id())).contains(all.restrictedTo(List.of(s)));
        }
        all.mergedStorylines().forEach((gone, kept) -> assertThat(polynews.storyline(gone).orElseThrow().storylines())
                .extracting(StoryReport.StorylineSummary::id).containsExactly(kept));
        assertThat(polynews.storyline("s000000000000")).isEmpty();
    }
}
