package org.polynews.store;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Entity;
import org.polynews.extract.Article;
import org.polynews.extract.DateSource;
import org.polynews.represent.FeatureExtractor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A name search reads each stored article's names as spelled beside it; articles stored before that are spelled when read. */
class SpelledNameTest {
    private final Pipeline pipeline = new Pipeline(Polynews.jsonMapper());

    @Test
    void namesAreReadBackAsWrittenWithTheirWordsInLatinLetters() throws Exception {
        List<Entity> entities = List.of(
                new Entity("Владимир Путин", Entity.Type.PERSON, List.of("fldmr", "btn"), 4),
                new Entity("بوتين", Entity.Type.NAME, List.of("btn"), 1),
                new Entity("Olaf Scholz", Entity.Type.PERSON, List.of("lf", "sls"), 2),
                new Entity("特朗普", Entity.Type.NAME, List.of("tlngb"), 1),
                new Entity("Ελλάδα", Entity.Type.ORGANISATION, List.of("ld"), 1));

        List<SpelledName> names = SpelledName.of(entities, pipeline.nameKeys());

        assertThat(SpelledName.decode(SpelledName.encode(names))).isEqualTo(names);
        assertThat(names.get(0).words()).containsExactly(new SpelledName.Word("Владимир", "fldmr", "Vladimir"),
                new SpelledName.Word("Путин", "btn", "Putin"));
        assertThat(names.get(0).person()).isTrue();
        assertThat(names.get(1).person()).as("one word of no known kind").isFalse();
        assertThat(names.get(2).words().get(1)).isEqualTo(new SpelledName.Word("Scholz", pipeline.nameKeys().key("Scholz"), "Scholz"));
        assertThat(names.get(4).words().get(0).latin()).isEqualTo("Ellada");
        assertThat(SpelledName.decode(SpelledName.encode(List.of()))).isEmpty();
    }

    @Test
    void articlesStoredBeforeTheirNamesWereSpelledAreSpelledWhenRead(@TempDir Path data) throws Exception {
        FeatureExtractor features = new FeatureExtractor();
        Path index = data.resolve("index");
        AnalyzedArticle moscow = analysed("moscow.txt", "ru", "Президент России Владимир Путин провёл в Москве переговоры с "
                + "канцлером Германии Олафом Шольцем. Путин заявил, что поставки газа будут продолжены.");
        EarlierVersionDocument.write(index, pipeline.json(), moscow);
        AnalyzedArticle berlin = analysed("berlin.txt", "en", "Chancellor Olaf Scholz said in Berlin on Monday that he had spoken "
                + "with Vladimir Putin by telephone for an hour about gas deliveries and the war in Ukraine.");
        try (ArticleStore store = ArticleStore.open(index, pipeline.json(), pipeline.analyzers(), pipeline.nameKeys(), 0)) {
            store.add(berlin, features.features(berlin), null, List.of());
            store.commit();

            List<List<SpelledName>> read = store.spelledNamesOfMatches(new MatchAllDocsQuery(), 10);

            assertThat(read).containsExactlyInAnyOrder(SpelledName.of(moscow.entities(), pipeline.nameKeys()),
                    SpelledName.of(berlin.entities(), pipeline.nameKeys()));
            assertThat(read).flatMap(names -> names).flatMap(SpelledName::words)
                    .contains(new SpelledName.Word("Путин", "btn", "Putin"), new SpelledName.Word("Putin", "btn", "Putin"));
        }
    }

    private AnalyzedArticle analysed(String source, String language, String text) {
        Article article = new Article(source, null, null, null, null, LocalDate.of(2024, 3, 4), DateSource.METADATA, List.of(text));
        return pipeline.analyze(article, language);
    }
}
