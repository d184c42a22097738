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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports read each article's digest; articles stored before digests were kept are read whole for theirs. */
class ArticleDigestTest {
    private static AnalyzedArticle analysed(Pipeline pipeline, String town, int day) {
        Article article = new Article("flood-" + town + ".txt", "https://www.example.de/" + town, "Example Zeitung", null, null,
                LocalDate.of(2024, 9, day), DateSource.METADATA,
                List.of("Chancellor Olaf Scholz visited " + town + " on Sunday after the Danube burst its banks, and promised "
                        + "help to the families of the riverside streets who left their homes before the crest arrived."));
        return pipeline.analyze(article, "en");
    }

    @Test
    void articlesStoredBeforeDigestsWereKeptAreReadWholeForThem(@TempDir Path data) throws Exception {
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        FeatureExtractor features = new FeatureExtractor();
        Path index = data.resolve("index");
        AnalyzedArticle passau = analysed(pipeline, "Passau", 15);
        EarlierVersionDocument.write(index, pipeline.json(), passau);
        AnalyzedArticle linz = analysed(pipeline, "Linz", 16);
        try (ArticleStore store = ArticleStore.open(index, pipeline.json(), pipeline.analyzers(), pipeline.nameKeys(), 0)) {
            store.add(linz, features.features(linz), null, List.of());
            store.commit();

            List<ArticleDigest> digests = store.digests();

            assertThat(digests).containsExactly(ArticleDigest.of(passau), ArticleDigest.of(linz));
            assertThat(digests.get(0).names()).extracting(ArticleDigest.Name::name).contains("Olaf Scholz");
            assertThat(digests.get(0).label()).startsWith("Chancellor Olaf Scholz visited Passau");
            assertThat(digests.get(1).published()).isEqualTo(LocalDate.of(2024, 9, 16));
        }
    }
}
