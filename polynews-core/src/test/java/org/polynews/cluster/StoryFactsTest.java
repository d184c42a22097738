package org.polynews.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Entity;
import org.polynews.analyze.Place;
import org.polynews.analyze.PlaceMention;
import org.polynews.extract.Article;
import org.polynews.extract.DateSource;
import org.polynews.store.ArticleDigest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts of events and storylines kept in the grouping file stay true through every change the grouping makes:
 * a report from them is the report made from the articles themselves, saved or not, and after reopening.
 */
class StoryFactsTest {
    private static final Entity MERKEL = new Entity("Angela Merkel", Entity.Type.PERSON, List.of("angela merkel", "merkel"), 2);
    private static final Entity MACRON = new Entity("Emmanuel Macron", Entity.Type.PERSON, List.of("emmanuel macron", "macron"), 2);
    private static final PlaceMention BERLIN = new PlaceMention(new Place("berlin", "Berlin", "DE", Place.Kind.CITY), "Berlin", 1);
    private static final PlaceMention PARIS = new PlaceMention(new Place("paris", "Paris", "FR", Place.Kind.CITY), "Paris", 1);

    private final Map<String, ArticleDigest> stored = new LinkedHashMap<>();
    private final StoredDigests digests = new StoredDigests() {
        @Override
        public List<ArticleDigest> all() {
            return List.copyOf(stored.values());
        }

        @Override
        public List<ArticleDigest> of(List<String> ids) {
            return ids.stream().map(stored::get).filter(Objects::nonNull).toList();
        }

        @Override
        public List<ArticleDigest> inIngestOrder(Collection<String> ids) {
            return all().stream().filter(a -> ids.contains(a.id())).toList();
        }
    };

    private void store(String id, String language, String url, String site, String title, String published, List<Entity> names,
                       List<PlaceMention> places) {
        Article a = new Article(id + ".html", url, site, title, null, published == null ? null : LocalDate.parse(published),
                DateSource.METADATA, List.of("Body of " + id));
        stored.put(id, ArticleDigest.of(new AnalyzedArticle(id, a, language, Map.of(), names, places, Map.of(), List.of(), Map.of(),
                List.of(), List.of(), null)));
    }

    private static StoryProfile profile(LocalDate date) {
        return new StoryProfile(Map.of("merkel", 1.0), Map.of(), Map.of("berlin", 1.0), Map.of(), Map.of(), date, date, 1);
    }

    private static final StoryFit FIT = new StoryFit(1, 1, 1, 0L, List.of("Merkel"), List.of("Berlin"), List.of());

    /** The report from the facts the graph kept, which must be the report made from the articles. */
    private StoryReport fromFacts(EventGraph graph) {
        return new StoryReporter().report(graph.snapshot(), List.copyOf(stored.values()), graph.savedFacts());
    }

    private StoryReport fromArticles(EventGraph graph) {
        return new StoryReporter().report(graph.snapshot(), List.copyOf(stored.values()));
    }

    @Test
    void factsKeptThroughJoinsMovesMergesAndNearCopiesGiveTheSameReport(@TempDir Path folder) {
        Path file = folder.resolve("grouping.db");
        LocalDate day = LocalDate.of(2021, 9, 27);
        store("a1000000000001", "de", "https://www.spiegel.de/merkel", "Der Spiegel", "Merkel verabschiedet sich", "2021-09-27",
                List.of(MERKEL), List.of(BERLIN));
        store("a1000000000002", "en", "https://www.bbc.co.uk/merkel", "BBC", "Merkel bids farewell", "2021-09-28", List.of(MERKEL), List.of(BERLIN));
        store("a1000000000003", "fr", "https://www.lemonde.fr/merkel", "Le Monde", "Macron rend hommage à Merkel", "2021-09-29",
                List.of(MERKEL, MACRON), List.of(PARIS, BERLIN));
        store("a1000000000004", "en", "https://apnews.com/merkel", "AP", "Merkel bids farewell to Berlin", "2021-09-28", List.of(MERKEL),
                List.of(BERLIN));
        store("a1000000000005", "ar", "https://aljazeera.net/merkel", null, null, null, List.of(MERKEL), List.of());

        try (EventGraph graph = EventGraph.open(file, Polynews.jsonMapper())) {
            String farewell = graph.newEvent("a1000000000001", day);
            String merkel = graph.newStoryline(farewell, profile(day));
            graph.join(farewell, "a1000000000002", day.plusDays(1), 0.9);
            graph.save("commit-1", digests);
            assertThat(graph.savedFacts().event(farewell)).as("kept at the save").isNotNull();
            assertThat(fromFacts(graph)).isEqualTo(fromArticles(graph));

            String tribute = graph.newEvent("a1000000000003", day.plusDays(2));
            graph.joinStoryline(tribute, merkel, profile(day), FIT, 0.7);
            String repost = graph.newEvent("a1000000000004", day.plusDays(1));
            String other = graph.newStoryline(repost, profile(day));
            graph.nearCopy("a1000000000004", "a1000000000002", 0.95);
            assertThat(graph.savedFacts().event(farewell)).as("a near-copy changed its coverage; not saved yet").isNull();
            assertThat(fromFacts(graph)).isEqualTo(fromArticles(graph));
            graph.save("commit-2", digests);
            assertThat(fromFacts(graph)).isEqualTo(fromArticles(graph));

            graph.mergeStorylines(merkel, other, FIT, 0.8);
            graph.save("commit-3", digests);
            assertThat(fromFacts(graph)).isEqualTo(fromArticles(graph));
            assertThat(graph.savedFacts().storyline(other)).as("a merged storyline's facts leave the file").isNull();
            graph.join(tribute, "a1000000000005", null, 0.6);
            graph.save("commit-4", digests);
            assertThat(fromFacts(graph)).isEqualTo(fromArticles(graph));
            graph.move("a1000000000005", repost, 0.9);
            graph.save("commit-5", digests);
            assertThat(fromFacts(graph)).isEqualTo(fromArticles(graph));

            graph.mergeEvents(farewell, repost); // unsaved: the report makes what changed from the articles
            assertThat(fromFacts(graph)).isEqualTo(fromArticles(graph));
            graph.save("commit-6", digests);
            assertThat(graph.savedFacts().event(repost)).as("a merged event's facts leave the file").isNull();
            StoryReport saved = fromArticles(graph);
            assertThat(fromFacts(graph)).isEqualTo(saved);
            assertThat(saved.storylines()).singleElement().satisfies(s -> {
                assertThat(s.coverage().articles()).isEqualTo(5);
                assertThat(s.coverage().independentSources()).as("the AP repost and the BBC article are one source").isEqualTo(4);
                assertThat(s.languages()).containsExactly("ar", "de", "en", "fr");
            });
        }
        try (EventGraph reopened = EventGraph.open(file, Polynews.jsonMapper())) {
            assertThat(reopened.savedFacts().storyline("s1000000000001")).as("read back from the file").isNotNull();
            assertThat(fromFacts(reopened)).isEqualTo(fromArticles(reopened));
        }
    }

    @Test
    void aStorylinesStandingTellsWhichLanguageAndDateFiltersItPasses() {
        store("a2000000000001", "de", null, "Der Spiegel", "Merkel", "2021-09-27", List.of(MERKEL), List.of());
        store("a2000000000002", "ar", null, null, null, null, List.of(MERKEL), List.of());
        StoryFacts made = new StoryFacts(List.of());
        EventFacts event = made.event(List.copyOf(stored.values()));
        StorylineFacts facts = made.storyline(List.of(new StoryFacts.Member("e2000000000001", 2, event)), List.copyOf(stored.values()));
        StorylineStanding standing = StorylineStanding.of(3, facts, List.copyOf(stored.values()));

        assertThat(standing.independentSources()).isEqualTo(2);
        assertThat(standing.days()).containsEntry("de", List.of(LocalDate.parse("2021-09-27"))).containsEntry("ar", List.of());
        assertThat(standing.matchesLanguageAndDates(new ArticleFilter("ar", null, null, null))).as("undated, but in Arabic").isTrue();
        assertThat(standing.matchesLanguageAndDates(new ArticleFilter("ar", LocalDate.parse("2021-01-01"), null, null))).isFalse();
        assertThat(standing.matchesLanguageAndDates(new ArticleFilter(null, LocalDate.parse("2021-09-27"), LocalDate.parse("2021-09-27"), null))).isTrue();
        assertThat(standing.matchesLanguageAndDates(new ArticleFilter("de", LocalDate.parse("2021-09-28"), null, null))).isFalse();
        assertThat(standing.matchesLanguageAndDates(new ArticleFilter("fr", null, null, null))).isFalse();
    }

    @Test
    void aPageFromSavedStandingsIsThePageOfTheWholeReport(@TempDir Path folder) {
        LocalDate day = LocalDate.of(2022, 2, 24);
        try (EventGraph graph = EventGraph.open(folder.resolve("grouping.db"), Polynews.jsonMapper())) {
            // six one-event storylines: articles in several languages and on several days, two near-copies, a blindspot
            for (int i = 1; i <= 6; i++) {
                String id = "a30000000000" + i + "0";
                String copy = "a30000000000" + i + "1";
                store(id, i % 2 == 0 ? "de" : "en", "https://news" + i + ".example.de/a", "Site " + i, "Story " + i, day.plusDays(i).toString(),
                        List.of(i % 3 == 0 ? MACRON : MERKEL), List.of(i % 2 == 0 ? BERLIN : PARIS));
                store(copy, i % 3 == 0 ? "fr" : "en", "https://other" + i + ".example.com/b", i < 3 ? "Site 1" : "Other " + i, null,
                        day.plusDays(i + 1).toString(), List.of(i % 3 == 0 ? MACRON : MERKEL), List.of());
                String event = graph.newEvent(id, day.plusDays(i));
                graph.newStoryline(event, profile(day));
                graph.addSubjects(stored.get(id));
                graph.join(event, copy, day.plusDays(i + 1), 0.8);
                graph.addSubjects(stored.get(copy));
                if (i == 4) {
                    graph.nearCopy(copy, id, 0.9);
                }
            }
            List<StorylineSelection> selections = List.of(StorylineSelection.ALL,
                    new StorylineSelection(new ArticleFilter(null, null, null, null), 0, CoverageRank.Order.RECENT, 2),
                    new StorylineSelection(new ArticleFilter("fr", null, null, null), 0, CoverageRank.Order.COVERAGE, null),
                    new StorylineSelection(new ArticleFilter(null, day.plusDays(3), day.plusDays(4), null), 2, CoverageRank.Order.COVERAGE, 10));
            assertThat(new StoryReporter().page(graph, digests, StorylineSelection.ALL)).as("not saved: made from the whole report").isEmpty();

            graph.save("commit-1", digests);

            for (StorylineSelection selection : selections) {
                StoryPage page = new StoryReporter().page(graph, digests, selection).orElseThrow();
                assertThat(page).as(selection.toString()).isEqualTo(StoryPage.of(fromArticles(graph), selection));
            }
            StoryPage recent = new StoryReporter().page(graph, digests, selections.get(1)).orElseThrow();
            assertThat(recent.storylines()).isEqualTo(6);
            assertThat(recent.report().storylines()).extracting(StoryReport.StorylineSummary::id).containsExactly("s3000000000060", "s3000000000050");
            assertThat(recent.report().storylines().get(0).coverage().blindspots().languages()).as("Macron is named in English elsewhere")
                    .extracting(Coverage.Silence::code).containsExactly("en");
            assertThat(new StoryReporter().page(graph, digests,
                    new StorylineSelection(new ArticleFilter(null, null, null, "site"), 0, CoverageRank.Order.COVERAGE, null)))
                    .as("standings do not tell sites").isEmpty();
        }
    }
}
