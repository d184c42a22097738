package org.polynews.similarity;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SparseVectorTest {
    @Test
    void theCosineOfTwoArticlesWordPiecesIsTheCosineOfTheirWeightMaps() {
        Map<String, Double> flood = ArticleComparator.wordPieces(Map.of("danub", 2.5, "flood", 1.8, "budapest", 3.1, "embank", 2.2, "river", 0.9));
        Map<String, Double> floods = ArticleComparator.wordPieces(Map.of("danub", 2.4, "flood", 1.7, "vienna", 2.9, "river", 1.1, "crest", 2.0));
        Map<String, Double> election = ArticleComparator.wordPieces(Map.of("ballot", 2.6, "vote", 1.2, "parliament", 2.8));

        SparseVector a = SparseVector.of(flood);
        SparseVector b = SparseVector.of(floods);
        assertThat(a.cosine(b)).isCloseTo(ArticleComparator.weightedCosine(flood, floods), within(1e-12)).isBetween(0.3, 0.99);
        assertThat(b.cosine(a)).isCloseTo(a.cosine(b), within(1e-12));
        assertThat(a.cosine(a)).isCloseTo(1.0, within(1e-12));
        assertThat(a.cosine(SparseVector.of(election))).isZero();
        assertThat(a.cosine(SparseVector.of(Map.of()))).isZero();
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
