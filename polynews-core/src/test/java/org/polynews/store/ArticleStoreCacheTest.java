package org.polynews.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.extract.Article;
import org.polynews.extract.DateSource;
import org.polynews.represent.FeatureExtractor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store keeps only a bounded number of articles in memory; the others are read back from the index, intact. */
class ArticleStoreCacheTest {
    private static final String[] TOWNS = {"Passau", "Regensburg", "Linz", "Krems", "Vienna"};

    @Test
    void articlesBeyondTheCacheAreReadBackWhole(@TempDir Path data) {
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        FeatureExtractor features = new FeatureExtractor();
        List<StoredArticle> added = new ArrayList<>();
        try (ArticleStore store = ArticleStore.open(data.resolve("index"), pipeline.json(), pipeline.analyzers(), pipeline.nameKeys(), 2)) {
            for (int i = 0; i < TOWNS.length; i++) {
                String town = TOWNS[i];
                Article article = new Article("flood-" + i + ".txt", null, null, "Danube floods " + town,
                        null, LocalDate.of(2024, 9, 15 + i), DateSource.METADATA,
                        List.of("The Danube burst its banks in " + town + " on Sunday, and the town council ordered "
                                + "residents of the riverside streets to leave their homes before the crest arrived."));
                AnalyzedArticle analysed = pipeline.analyze(article, "en");
                added.add(store.add(analysed, features.features(analysed), null, List.of()));
            }
            // a listing reopens the index for the newest articles, which until then are also held in memory
            List<String> walked = new ArrayList<>();
            store.forEach(a -> walked.add(a.id()));
            assertThat(walked).containsExactlyElementsOf(added.stream().map(StoredArticle::id).toList());
            // what reports read of each: from the index's digest column, equal to the digest of the article as added
            assertThat(store.digests()).containsExactlyElementsOf(added.stream().map(a -> ArticleDigest.of(a.analysis())).toList());
            int fromIndex = 0;
            for (StoredArticle article : added) {
                StoredArticle read = store.get(article.id()).orElseThrow();
                assertThat(read).isEqualTo(article); // records: equal in every field
                fromIndex += read == article ? 0 : 1;
            }
            assertThat(fromIndex).as("articles read back from the index, not kept in memory").isGreaterThanOrEqualTo(TOWNS.length - 2);
        }
    }
}
