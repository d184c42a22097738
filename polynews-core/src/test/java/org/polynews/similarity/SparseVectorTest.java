package org.polynews.similarity;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SparseVectorTest {
    private static final Map<String, Double> FLOOD = Map.of("danub", 2.5, "flood", 1.8, "budapest", 3.1, "embank", 2.2, "river", 0.9, "eu", 1.0);
    private static final Map<String, Double> FLOODS = Map.of("danub", 2.4, "flood", 1.7, "vienna", 2.9, "river", 1.1, "crest", 2.0);
    private static final Map<String, Double> ELECTION = Map.of("ballot", 2.6, "vote", 1.2, "parliament", 2.8);

    /** The pieces as strings, the way they are described: each stem between spaces, cut into every run of four letters. */
    private static Map<String, Double> pieces(Map<String, Double> stems) {
        Map<String, Double> pieces = new HashMap<>();
        stems.forEach((stem, weight) -> {
            if (stem.length() >= 4) {
                String marked = " " + stem + " ";
                for (int i = 0; i + 4 <= marked.length(); i++) {
                    pieces.merge(marked.substring(i, i + 4), weight, Double::sum);
                }
            }
        });
        return pieces;
    }

    @Test
    void theCosineOfTwoArticlesWordsIsTheCosineOfTheirWeightMaps() {
        SparseVector a = SparseVector.of(FLOOD);
        SparseVector b = SparseVector.of(FLOODS);
        assertThat(a.cosine(b)).isCloseTo(ArticleComparator.weightedCosine(FLOOD, FLOODS), within(1e-12)).isBetween(0.3, 0.99);
        assertThat(b.cosine(a)).isCloseTo(a.cosine(b), within(1e-12));
        assertThat(a.cosine(a)).isCloseTo(1.0, within(1e-12));
        assertThat(a.cosine(SparseVector.of(ELECTION))).isZero();
        assertThat(a.cosine(SparseVector.of(Map.of()))).isZero();
    }

    @Test
    void wordPiecesAreCutFromTheStemsWithoutMakingStrings() {
        SparseVector a = SparseVector.ofPieces(FLOOD, 4);
        assertThat(a.size()).as("' dan' 'danu' 'anub' 'nub ' ... of the five stems of 4+ letters, 'eu' has none").isEqualTo(pieces(FLOOD).size());
        assertThat(a.cosine(SparseVector.ofPieces(FLOODS, 4)))
                .isCloseTo(ArticleComparator.weightedCosine(pieces(FLOOD), pieces(FLOODS)), within(1e-12)).isBetween(0.3, 0.99);
        // a piece two stems share ("anna" of "annab" and "hannah") is one piece with both weights
        Map<String, Double> shared = Map.of("annab", 1.0, "hannah", 2.0);
        assertThat(SparseVector.ofPieces(shared, 4).size()).isEqualTo(pieces(shared).size()).isLessThan(5 + 6);
        assertThat(SparseVector.ofPieces(shared, 4).cosine(SparseVector.ofPieces(Map.of("anna", 1.0), 4)))
                .isCloseTo(ArticleComparator.weightedCosine(pieces(shared), pieces(Map.of("anna", 1.0))), within(1e-12)).isPositive();
        assertThat(a.cosine(SparseVector.ofPieces(ELECTION, 4))).isZero();
    }

    @Test
    void manyTermsEachKeepTheirOwnPlace() {
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            weights.put("term" + i, 1.0 + i % 7);
        }
        SparseVector v = SparseVector.of(weights);
        assertThat(v.size()).isEqualTo(5000);
        Map<String, Double> half = new HashMap<>();
        weights.forEach((k, w) -> {
            if (k.hashCode() % 2 == 0) {
                half.put(k, w);
            }
        });
        assertThat(v.cosine(SparseVector.of(half))).isCloseTo(ArticleComparator.weightedCosine(weights, half), within(1e-12));
    }
}
