package org.polynews.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;
import org.polynews.store.ArticleDigest;
import org.polynews.store.StoreInUseException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merging events and storylines keeps the older ids, resolves the others, and survives saving. */
class EventGraphTest {
    private static StoryProfile profile(String name, String place, LocalDate date) {
        return new StoryProfile(Map.of(name, 1.0), Map.of(), Map.of(place, 1.0), Map.of("en:" + name, 1.0), Map.of(name, name.toUpperCase()), date, date, 1);
    }

    /** The digests of the test's articles: none stored, so events and storylines have no facts. */
    private static final StoredDigests NO_DIGESTS = new StoredDigests() {
        @Override
        public List<ArticleDigest> all() {
            return List.of();
        }

        @Override
        public List<ArticleDigest> of(List<String> ids) {
            return List.of();
        }

        @Override
        public List<ArticleDigest> inIngestOrder(Collection<String> ids) {
            return List.of();
        }
    };

    private static final StoryFit SAME = new StoryFit(1, 1, 1, 0L, List.of("Putin"), List.of("Moscow"), List.of());

    @Test
    void mergingTwoEventsInTwoStorylinesKeepsTheOlderIdsAndResolvesTheOthers(@TempDir Path folder) {
        var json = Polynews.jsonMapper();
        Path file = folder.resolve("grouping.db");
        EventGraph graph = EventGraph.open(file, json);
        LocalDate day = LocalDate.of(2017, 5, 2);
        String older = graph.newEvent("a1111111111111", day);
        graph.newStoryline(older, profile("btn", "RU", day));
        String younger = graph.newEvent("a2222222222222", day);
        graph.newStoryline(younger, profile("trmb", "US", day));
        graph.join(younger, "a3333333333333", null, 0.8);

        String kept = graph.mergeEvents(younger, older);

        assertThat(kept).isEqualTo(older);
        assertThat(graph.eventOf("a2222222222222")).isEqualTo(older);
        assertThat(graph.eventOf("a3333333333333")).isEqualTo(older);
        assertThat(graph.storylineOf(older)).isEqualTo("s1111111111111");
        ClusterSnapshot snapshot = graph.snapshot();
        assertThat(snapshot.events()).extracting(ClusterSnapshot.EventRecord::id).containsExactly(older);
        assertThat(snapshot.storylines()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("s1111111111111");
            assertThat(s.events()).containsExactly(older);
        });
        assertThat(graph.profile("s1111111111111").names()).as("the merged storyline is about both").containsKeys("btn", "trmb");
        assertThat(snapshot.mergedEvents()).containsEntry(younger, older);
        assertThat(snapshot.merged()).containsEntry("s2222222222222", "s1111111111111");

        // saved and read back, the grouping is the same and an undated member can still move
        graph.save(null, NO_DIGESTS);
        graph.close();
        try (EventGraph reread = EventGraph.open(file, json)) {
            assertThat(reread.snapshot()).isEqualTo(snapshot);
            assertThat(reread.joinScore("a3333333333333")).isEqualTo(0.8);
            assertThat(reread.isUndated("a3333333333333")).isTrue();
            assertThat(reread.joinScore(older.replace('e', 'a'))).as("a founder has no join score: it never moves").isNull();
        }
    }

    @Test
    void aStorylineMergedTwiceResolvesToTheLastSurvivor(@TempDir Path folder) {
        EventGraph graph = EventGraph.open(folder.resolve("grouping.db"), Polynews.jsonMapper());
        LocalDate day = LocalDate.of(2024, 1, 1);
        String first = graph.newEvent("a1000000000000", day);
        String s1 = graph.newStoryline(first, profile("btn", "RU", day));
        String second = graph.newEvent("a2000000000000", day);
        String s2 = graph.newStoryline(second, profile("btn", "RU", day));
        String third = graph.newEvent("a3000000000000", day);
        String s3 = graph.newStoryline(third, profile("btn", "RU", day));

        graph.mergeStorylines(s2, s3, SAME, 1);
        graph.mergeStorylines(s1, s2, SAME, 1);

        ClusterSnapshot snapshot = graph.snapshot();
        assertThat(snapshot.storylines()).singleElement().satisfies(s -> assertThat(s.events()).containsExactly(first, second, third));
        assertThat(snapshot.merged()).containsEntry(s2, s1).containsEntry(s3, s1);
        assertThat(snapshot.links()).allSatisfy(l -> assertThat(l.storyline()).isEqualTo(s1));
        graph.close();
    }

    @Test
    void aSavedGroupingOpensAsItWasSavedAndWhatCameAfterIsForgotten(@TempDir Path folder) {
        var json = Polynews.jsonMapper();
        Path file = folder.resolve("grouping.db");
        LocalDate day = LocalDate.of(2025, 3, 9);
        ClusterSnapshot saved;
        try (EventGraph graph = EventGraph.open(file, json)) {
            String event = graph.newEvent("a1000000000000", day);
            graph.newStoryline(event, profile("btn", "RU", day));
            graph.join(event, "a2000000000000", null, 0.7);
            graph.nearCopy("a2000000000000", "a1000000000000", 0.9);
            graph.save("commit-1", NO_DIGESTS);
            saved = graph.snapshot();
            String later = graph.newEvent("a3000000000000", day.plusDays(1));
            graph.newStoryline(later, profile("trmb", "US", day));
            graph.rollback();
            assertThat(graph.snapshot()).isEqualTo(saved);
            graph.newEvent("a4000000000000", day.plusDays(2)); // never saved: closing forgets it
        }
        try (EventGraph reopened = EventGraph.open(file, json)) {
            assertThat(reopened.snapshot()).isEqualTo(saved);
            assertThat(reopened.indexCommit()).isEqualTo("commit-1");
            assertThat(reopened.articleCount()).isEqualTo(2);
            assertThat(reopened.isUndated("a2000000000000")).isTrue();
            // the counters that order events came back too: a new event sorts after the saved one
            String next = reopened.newEvent("a5000000000000", day);
            reopened.newStoryline(next, profile("trmb", "US", day));
            assertThat(reopened.snapshot().events()).extracting(ClusterSnapshot.EventRecord::id).containsExactly("e1000000000000", next);
        }
    }

    @Test
    void aGroupingFileInUseIsReportedAndLeftInPlace(@TempDir Path folder) throws Exception {
        var json = Polynews.jsonMapper();
        Path file = folder.resolve("grouping.db");
        try (EventGraph graph = EventGraph.open(file, json)) {
            graph.newEvent("a1000000000000", null);
            graph.save(null, NO_DIGESTS);
            assertThatThrownBy(() -> EventGraph.open(file, json)).isInstanceOf(StoreInUseException.class).hasMessageContaining("in use");
        }
        assertThat(folder.resolve("grouping.db.unreadable")).doesNotExist();
        try (EventGraph reopened = EventGraph.open(file, json)) {
            assertThat(reopened.articleCount()).isEqualTo(1);
        }
    }

    /** How format 5 kept a storyline: with its profile, in the map "storylines". */
    record Format5Storyline(long created, List<String> events, StoryProfile profile) {
    }

    @Test
    void aGroupingOfFormat5IsConvertedToStorylinesAndProfilesAndKeepsItsIndexCommit(@TempDir Path folder) {
        var json = Polynews.jsonMapper();
        Path file = folder.resolve("grouping.db");
        LocalDate day = LocalDate.of(2017, 5, 2);
        // a format-5 file as the last version wrote it: events and members as now, the storyline holding its profile
        try (EventGraph graph = EventGraph.open(file, json)) {
            graph.newStoryline(graph.newEvent("a1111111111111", day), profile("btn", "RU", day));
            graph.save("commit-7", NO_DIGESTS);
        }
        org.h2.mvstore.MVStore store = new org.h2.mvstore.MVStore.Builder().fileName(file.toString()).open();
        store.removeMap("lines");
        store.removeMap("profiles");
        store.openMap("storylines", new org.h2.mvstore.MVMap.Builder<String, Format5Storyline>()
                .keyType(org.h2.mvstore.type.StringDataType.INSTANCE).valueType(new JsonValueType<>(json, Format5Storyline.class, 1000)))
                .put("s1111111111111", new Format5Storyline(0, List.of("e1111111111111"), profile("btn", "RU", day)));
        store.openMap("state", new org.h2.mvstore.MVMap.Builder<String, String>().keyType(org.h2.mvstore.type.StringDataType.INSTANCE)
                .valueType(org.h2.mvstore.type.StringDataType.INSTANCE)).put("format", "5");
        store.close();

        try (EventGraph graph = EventGraph.open(file, json)) {
            assertThat(graph.indexCommit()).as("still the grouping of the same articles: nothing is regrouped").isEqualTo("commit-7");
            assertThat(graph.storylineOf("e1111111111111")).isEqualTo("s1111111111111");
            assertThat(graph.eventCount("s1111111111111")).isEqualTo(1);
            assertThat(graph.profile("s1111111111111").names()).containsKey("btn");
        }
        try (EventGraph reopened = EventGraph.open(file, json)) {
            assertThat(reopened.snapshot().storylines()).extracting(ClusterSnapshot.StorylineRecord::id).containsExactly("s1111111111111");
            assertThat(reopened.profile("s1111111111111").places()).containsKey("RU");
        }
    }

    record NotAStoryline(String created) {
    }

    @Test
    void aFormat5GroupingThatCannotBeConvertedIsSetAsideAndGroupedAgain(@TempDir Path folder) {
        var json = Polynews.jsonMapper();
        Path file = folder.resolve("grouping.db");
        try (EventGraph graph = EventGraph.open(file, json)) {
            graph.newEvent("a1111111111111", LocalDate.of(2017, 5, 2));
            graph.save("commit-7", NO_DIGESTS);
        }
        org.h2.mvstore.MVStore store = new org.h2.mvstore.MVStore.Builder().fileName(file.toString()).open();
        store.openMap("storylines", new org.h2.mvstore.MVMap.Builder<String, NotAStoryline>()
                .keyType(org.h2.mvstore.type.StringDataType.INSTANCE).valueType(new JsonValueType<>(json, NotAStoryline.class, 100)))
                .put("s1111111111111", new NotAStoryline("last Tuesday"));
        store.openMap("state", new org.h2.mvstore.MVMap.Builder<String, String>().keyType(org.h2.mvstore.type.StringDataType.INSTANCE)
                .valueType(org.h2.mvstore.type.StringDataType.INSTANCE)).put("format", "5");
        store.close();

        try (EventGraph graph = EventGraph.open(file, json)) {
            assertThat(graph.articleCount()).as("empty: the engine groups the stored articles again").isZero();
            assertThat(graph.indexCommit()).isNull();
        }
        assertThat(folder.resolve("grouping.db.unreadable")).as("kept for a look").exists();
    }
}
