package org.polynews.similarity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A long job looks term weights up in a hash table made from the FST: every weight as the FST gives it. */
class HashedTermWeightsTest {
    private static final List<String> TERMS = List.of(
            "t:en:flood", "t:en:parliament", "t:en:the", "t:de:hochwass", "t:de:bundestag", "t:ar:ترامب", "t:ru:путин",
            "t:fa:تهران", "t:zh:北京", "t:es:inundacion", "n:trmb", "n:btn", "n:mrkl", "g:2950159", "g:DE", "t:en:qxzzyvw",
            "n:qqqqqq", "g:0", "t:xx:nothing", "", "t:en:", "t:en:floods", "t:en:flooded");

    /** The weights of {@link #TERMS} and some made-up ones, looked up until the table is in use. */
    private static List<Double> weightsAfterManyLookups(BackgroundStatistics stats) {
        for (int i = 0; i <= BackgroundStatistics.LOOKUPS_BEFORE_TABLE; i++) {
            stats.idf(TERMS.get(i % TERMS.size()));
        }
        return weights(stats);
    }

    private static List<Double> weights(BackgroundStatistics stats) {
        List<Double> out = new ArrayList<>();
        TERMS.forEach(t -> out.add(stats.idf(t)));
        for (int i = 0; i < 2000; i++) {
            out.add(stats.idf("t:en:w" + i));
            out.add(stats.idf("n:" + Integer.toString(i * 7919, 36)));
        }
        return out;
    }

    @Test
    void theShippedWeightsAreTheSameThroughTheTable() {
        BackgroundStatistics fst = BackgroundStatistics.bundled();
        BackgroundStatistics hashed = BackgroundStatistics.bundled();
        List<Double> throughFst = weights(fst);
        long start = System.nanoTime();
        List<Double> throughTable = weightsAfterManyLookups(hashed);
        System.out.printf("table built and %d lookups in %d ms%n", BackgroundStatistics.LOOKUPS_BEFORE_TABLE, (System.nanoTime() - start) / 1_000_000);

        assertThat(fst.looksUpInHashTable()).isFalse();
        assertThat(hashed.looksUpInHashTable()).isTrue();
        assertThat(throughTable).isEqualTo(throughFst);
        assertThat(throughFst.subList(0, TERMS.size())).as("listed terms weigh less than unlisted ones")
                .contains(BackgroundStatistics.bundled().unknownIdf()).anyMatch(w -> w < BackgroundStatistics.bundled().unknownIdf() - 1);
    }

    @Test
    void aTableOfWeightsTooLargeForItsSlotsStaysAnFst() {
        BackgroundStatistics stats = new BackgroundStatistics(new BackgroundStatistics.Table(
                Map.of("t:en:flood", 3.25f, "t:en:rare", 700f, "n:trmb", 1.5f), Set.of("trmb"), 12.0), List.of("test table"));

        List<Double> weights = weightsAfterManyLookups(stats);

        assertThat(stats.looksUpInHashTable()).isFalse();
        assertThat(weights.subList(0, 3)).containsExactly(3.25, 12.0, 12.0);
        assertThat(stats.idf("t:en:rare")).isEqualTo(700.0);
        assertThat(stats.idf("n:trmb")).isEqualTo(1.5);
    }

    @Test
    void hashesOfCloseTermsDiffer() {
        Set<Long> hashes = new java.util.HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            hashes.add(HashedTermWeights.hash("t:en:" + i));
        }
        assertThat(hashes).hasSize(200_000).doesNotContain(0L);
    }
}
