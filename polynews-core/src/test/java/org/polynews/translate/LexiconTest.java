package org.polynews.translate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.represent.FeatureExtractor;
import org.polynews.similarity.ArticleComparator;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.Dimension;
import org.polynews.similarity.SimilarityModel;
import org.polynews.similarity.TermStatistics;
import org.polynews.source.SourceDocument;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A FreeDict dictionary read into stems, kept in a data folder, and used to compare German with English words. */
class LexiconTest {
    /** A few entries in FreeDict's dictd layout: headword line, translation lines, cross-references. */
    static final String DICTIONARY = """
            00-database-info
            A tiny German - English dictionary written for this test

            Hochwasser /hˈoːxvˌasɜ/ <neut, n, sg>
            flood <n>, high water <n>, flood tide current <n>
               Synonyms: {Flut}

            Brücke /bɾˈʏkə/ <fem, n, sg>
             [archit.] bridge <n>
             see: {Brückenbau}

            Einwohner /ˈaɪnvˌoːnɜ/ <masc, n, sg>
            inhabitant <n>, resident <n>

            überflutet <adj>
            flooded <adj>, submerged <adj>

            evakuieren /eːvakuˈiːɾən/ <v>
            to evacuate <v>

            Stadt /ʃtˈat/ <fem, n, sg>
            1. town <n>, city <n>

            in der Stadt <phrase>
            in town
            """;

    static Pipeline pipeline;

    @BeforeAll
    static void wire() {
        pipeline = new Pipeline(Polynews.jsonMapper());
    }

    static Path dictd(Path dir) throws Exception {
        Path file = dir.resolve("freedict-deu-eng.dict.dz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(DICTIONARY.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static String stem(String word, String language) {
        return pipeline.terms().count(word, language).counts().keySet().iterator().next();
    }

    @Test
    void entriesBecomeStemsWithTheirFirstTranslations(@TempDir Path dir) throws Exception {
        Lexicon lexicon = new FreeDictReader(pipeline.terms()).read(dictd(dir), "de");
        assertThat(lexicon.english(stem("Hochwasser", "de"))).containsExactly(stem("flood", "en"), stem("high", "en"), stem("water", "en"));
        assertThat(lexicon.english(stem("Brücke", "de"))).containsExactly(stem("bridge", "en"));
        assertThat(lexicon.english(stem("Stadt", "de"))).containsExactly(stem("town", "en"), stem("city", "en"));
        assertThat(lexicon.english(stem("evakuieren", "de"))).containsExactly(stem("evacuate", "en"));
        assertThat(lexicon.toEnglish()).doesNotContainKey("der").allSatisfy((k, v) -> assertThat(v).doesNotContain("brückenbau", "flut"));
    }

    @Test
    void aDictionaryFromEnglishIsReadBackwards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("freedict-eng-tur.dict.dz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("""
                    00-database-info
                    English - Turkish, written for this test

                    flood /flʌd/ <n>
                    sel, taşkın

                    bridge /bɹɪdʒ/ <n>
                    köprü

                    town hall <n>
                    belediye binası
                    """.getBytes(StandardCharsets.UTF_8));
        }
        LexiconImporter importer = new LexiconImporter(pipeline.terms());
        assertThat(importer.find(dir)).singleElement().satisfies(s -> {
            assertThat(s.language()).isEqualTo("tr");
            assertThat(s.toEnglish()).isNull();
        });
        Lexicon lexicon = importer.importOne(importer.find(dir).get(0), dir.resolve("lexicons"));
        assertThat(lexicon.english(stem("taşkın", "tr"))).containsExactly(stem("flood", "en"));
        assertThat(lexicon.english(stem("köprü", "tr"))).containsExactly(stem("bridge", "en"));
        assertThat(lexicon.size()).as("the two-word headword gives nothing").isEqualTo(3);
    }

    @Test
    void importedLexiconsAreFoundByLanguage(@TempDir Path dir) throws Exception {
        LexiconImporter importer = new LexiconImporter(pipeline.terms());
        dictd(dir);
        assertThat(importer.find(dir)).extracting(LexiconImporter.Source::language).containsExactly("de");
        assertThat(importer.find(dir).get(0).fromEnglish()).isNull();
        Path data = dir.resolve("data");
        importer.importOne(importer.find(dir).get(0), data.resolve(Lexicons.FOLDER));
        Lexicons lexicons = Lexicons.of(data);
        assertThat(lexicons.available()).containsExactly("de");
        assertThat(lexicons.toEnglish("de")).get().satisfies(l -> assertThat(l.size()).isEqualTo(6));
        assertThat(lexicons.toEnglish("fr")).isEmpty();
        assertThat(lexicons.toEnglish("en")).isEmpty();
    }

    @Test
    void germanAndEnglishReportsShareWordsThroughTheLexicon(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        LexiconImporter importer = new LexiconImporter(pipeline.terms());
        dictd(dir);
        importer.importOne(importer.find(dir).get(0), data.resolve(Lexicons.FOLDER));
        AnalyzedArticle de = pipeline.process(SourceDocument.plainText("de.txt", """
                Hochwasser in der Stadt
                Das Hochwasser hat die Stadt überflutet. Die Behörden ließen tausend Einwohner evakuieren, die Brücke ist gesperrt.""")).article();
        AnalyzedArticle en = pipeline.process(SourceDocument.plainText("en.txt", """
                Flood hits the town
                The flood submerged the town. Authorities had to evacuate a thousand residents and the bridge is closed.""")).article();
        FeatureExtractor features = new FeatureExtractor();
        SimilarityModel model = SimilarityModel.bundled(Polynews.jsonMapper());
        Comparison without = new ArticleComparator(pipeline.tokenizer(), model)
                .compare(de, features.features(de), en, features.features(en), TermStatistics.UNIFORM);
        Comparison with = new ArticleComparator(pipeline.tokenizer(), model, Lexicons.of(data))
                .compare(de, features.features(de), en, features.features(en), TermStatistics.UNIFORM);
        assertThat(without.signals().words()).isLessThan(0.1);
        assertThat(with.signals().words()).isGreaterThan(0.4);
        assertThat(with.get(Dimension.NARRATIVE).score()).isLessThan(without.get(Dimension.NARRATIVE).score());
        assertThat(with.get(Dimension.NARRATIVE).evidence()).anyMatch(e -> e.contains("through English with FreeDict"));
        // and clustering hears it: the happening, not only the shared names, links the two reports
        assertThat(with.eventScore()).isGreaterThan(without.eventScore() + 0.2);
    }
}
