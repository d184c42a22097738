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

/**
 * The index is reopened for new articles in batches; until then the reads an ingest makes for each article find the
 * newest ones in memory, and every other read reopens the index first.
 */
class NewestArticlesTest {
    private final Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
    private final FeatureExtractor features = new FeatureExtractor();

    private StoredArticle add(ArticleStore store, String title, String text, String siteParagraph) {
        Article article = new Article(title.toLowerCase().replace(' ', '-') + ".txt", null, null, title, null,
                LocalDate.of(2024, 9, 15), DateSource.METADATA, List.of(text));
        AnalyzedArticle analysed = pipeline.analyze(article, "en");
        return store.add(analysed, features.features(analysed), null, List.of(siteParagraph));
    }

    @Test
    void theNewestArticlesAreCandidatesBeforeTheIndexIsReopened(@TempDir Path data) {
        try (ArticleStore store = ArticleStore.open(data.resolve("index"), pipeline.json(), pipeline.analyzers(), pipeline.nameKeys(), 100)) {
            List<StoredArticle> added = new ArrayList<>();
            // more than one batch: the first ones are searchable in the index, the last ones only in memory
            for (int i = 0; i < ArticleStore.SEARCHABLE_EVERY + 3; i++) {
                added.add(add(store, "Harbour report " + i, "Shipping notice number " + (1000 + i)
                        + " for the grain terminal, where dockers loaded barley onto a freighter bound for Alexandria.", "p" + i % 2));
            }
            StoredArticle flood = add(store, "Danube floods Passau", "The Danube burst its banks in Passau on Sunday; Mayor Jürgen Dupper "
                    + "ordered residents of the riverside streets to leave before the crest arrived.", "p0");
            StoredArticle second = add(store, "Passau evacuates riverside", "Mayor Jürgen Dupper said Passau had evacuated the riverside "
                    + "streets as the Danube kept rising on Sunday night.", "p0");

            assertThat(store.size()).isEqualTo(added.size() + 2);
            assertThat(store.contains(flood.id())).isTrue();
            assertThat(store.get(second.id())).contains(second);
            assertThat(store.pagesWithSiteParagraph("p0")).as("counted in the index and among the newest")
                    .isEqualTo((ArticleStore.SEARCHABLE_EVERY + 3 + 1) / 2 + 2);

            List<String> terms = second.features().queryTerms(t -> 1.0, 40);
            List<StoredArticle> candidates = store.candidates(second.features(), terms, 30);
            assertThat(candidates).extracting(StoredArticle::id).contains(flood.id()).doesNotContain(second.id());

            // a search reopens the index: the newest articles are found there too
            assertThat(store.digests()).hasSize(added.size() + 2);
            assertThat(store.candidates(second.features(), terms, 30)).extracting(StoredArticle::id).contains(flood.id());
        }
    }
}
