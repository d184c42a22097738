package org.polynews.cluster;

import org.junit.jupiter.api.Test;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Entity;
import org.polynews.analyze.Place;
import org.polynews.analyze.PlaceMention;
import org.polynews.extract.Article;
import org.polynews.extract.DateSource;
import org.polynews.store.ArticleDigest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who covered an event: sites, independent sources, countries, and how it moved between languages. */
class CoverageTest {
    private static ArticleDigest article(String id, String language, String url, String site, String published) {
        Article a = new Article(id + ".html", url, site, "Title " + id, null, published == null ? null : LocalDate.parse(published),
                DateSource.METADATA, List.of("Body of " + id));
        return ArticleDigest.of(new AnalyzedArticle(id, a, language, Map.of(), List.of(), List.of(), Map.of(), List.of(), Map.of(),
                List.of(), List.of(), null));
    }

    @Test
    void wireCopiesAndOneSiteCountOnceAndTheSpreadIsToldInDays() {
        List<ArticleDigest> event = List.of(
                article("a1", "en", "https://www.reuters.com/world/quake-1", "Reuters", "2026-03-02"),
                article("a2", "en", "https://apnews.com/quake", "AP", "2026-03-02"), // reposts a1's wire text
                article("a3", "en", "https://www.bbc.co.uk/news/quake", "BBC", "2026-03-03"),
                article("a4", "de", "https://www.spiegel.de/ausland/beben", "Der Spiegel", "2026-03-03"),
                article("a5", "de", "https://www.spiegel.de/ausland/beben-update", "Der Spiegel", "2026-03-04"),
                article("a6", "fa", "https://www.irna.com/news/zelzele", "IRNA", "2026-03-05"),
                article("a7", "ar", "https://aljazeera.net/news/zilzal", null, null));
        CoverageCounter counter = new CoverageCounter(List.of(new ClusterSnapshot.NearCopy("a1", "a2", 0.9),
                new ClusterSnapshot.NearCopy("a1", "x9", 0.8))); // a copy outside the event does not count

        Coverage c = counter.of(event);

        assertThat(c.articles()).isEqualTo(7);
        assertThat(c.sites()).as("Reuters, AP, BBC, Der Spiegel, IRNA, and the unnamed site").isEqualTo(6);
        assertThat(c.independentSources()).as("the Reuters text and its AP repost are one; Der Spiegel's two articles are one").isEqualTo(5);
        assertThat(c.languages()).containsExactly(Map.entry("en", 3), Map.entry("de", 2), Map.entry("ar", 1), Map.entry("fa", 1));
        assertThat(c.countries()).as(".de and .co.uk by domain, Persian on a .com by language; .com and .net in English or Arabic unknown")
                .containsExactly(Map.entry("DE", 2), Map.entry("GB", 1), Map.entry("IR", 1));
        assertThat(c.firstReport()).isEqualTo(new Coverage.Report("a1", "Reuters", "en", LocalDate.parse("2026-03-02")));
        assertThat(c.followUps()).extracting(Coverage.FollowUp::language, Coverage.FollowUp::article, Coverage.FollowUp::daysAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("de", "a4", 1L), org.assertj.core.groups.Tuple.tuple("fa", "a6", 3L));
        assertThat(c.spread()).isEqualTo("first in en (Reuters, 2026-03-02), then de +1 day, fa +3 days");
    }

    @Test
    void languagesOfTheFirstDayAreNamedTogetherAndUndatedCoverageHasNoSpread() {
        CoverageCounter counter = new CoverageCounter(List.of());
        Coverage sameDay = counter.of(List.of(article("b1", "pl", "https://tvn24.pl/a", "TVN24", "2025-11-05"),
                article("b2", "en", "https://example.com/b", "Example", "2025-11-05"),
                article("b3", "zh", "https://example.cn/c", "Example CN", "2025-11-07")));
        assertThat(sameDay.spread()).isEqualTo("first on 2025-11-05 in en and pl, then zh +2 days");

        Coverage undated = counter.of(List.of(article("c1", "ar", null, null, null)));
        assertThat(undated.firstReport()).isNull();
        assertThat(undated.spread()).isNull();
        assertThat(undated.sites()).isEqualTo(1);
        assertThat(undated.independentSources()).isEqualTo(1);
    }

    private static ArticleDigest naming(String id, String language, String url, List<Entity> entities, List<PlaceMention> places) {
        Article a = new Article(id + ".html", url, null, "Title " + id, null, LocalDate.parse("2026-03-02"), DateSource.METADATA,
                List.of("Body of " + id));
        return ArticleDigest.of(new AnalyzedArticle(id, a, language, Map.of(), entities, places, Map.of(), List.of(), Map.of(),
                List.of(), List.of(), null));
    }

    @Test
    void languagesAndCountriesThatNameAStorysSubjectsElsewhereAreItsBlindspots() {
        Entity scholz = new Entity("Olaf Scholz", Entity.Type.PERSON, List.of("olaf scholz", "scholz"), 2);
        Entity boats = new Entity("Booten", Entity.Type.NAME, List.of("booten"), 1); // an unclassified capitalised word
        PlaceMention hamburg = new PlaceMention(new Place("hamburg", "Hamburg", "DE", Place.Kind.CITY), "Hamburg", 1);
        List<ArticleDigest> story = List.of(
                naming("s1", "en", "https://example.com/s1", List.of(scholz, boats), List.of(hamburg)),
                naming("s2", "en", "https://example.com/s2", List.of(scholz), List.of(hamburg)),
                naming("s3", "fr", "https://example.fr/s3", List.of(), List.of(hamburg)));
        List<ArticleDigest> elsewhere = List.of(
                naming("o1", "de", "https://example.de/o1", List.of(scholz), List.of()),
                naming("o6", "de", "https://example.de/o6", List.of(scholz), List.of(hamburg)), // one article, however many subjects
                naming("o2", "de", "https://example.de/o2", List.of(), List.of(hamburg)),
                naming("o3", "pl", "https://example.pl/o3", List.of(boats), List.of()), // names only what few of the story name
                naming("o4", "fr", "https://example.fr/o4", List.of(scholz), List.of()), // French is in the story already
                naming("o5", "tr", "https://example.com.tr/o5", List.of(), List.of()));
        List<ArticleDigest> store = new java.util.ArrayList<>(story);
        store.addAll(elsewhere);

        Coverage.Blindspots silent = new BlindspotFinder(store).of(story);

        assertThat(silent.languages()).containsExactly(new Coverage.Silence("de", 3, List.of("Hamburg", "Olaf Scholz")));
        assertThat(silent.countries()).containsExactly(new Coverage.Silence("DE", 3, List.of("Hamburg", "Olaf Scholz")));
    }
}
