package org.polynews.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.similarity.Dimension;
import org.polynews.similarity.PairSignals;
import org.polynews.similarity.SimilarityModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Correlations, the pair file reader, training, and the dimensions on small hand-made pairs in several languages. */
class SimilarityEvaluationTest {
    static Pipeline pipeline;
    static SimilarityEvaluation evaluation;

    @BeforeAll
    static void wire() {
        pipeline = new Pipeline(Polynews.jsonMapper());
        evaluation = new SimilarityEvaluation(pipeline, SimilarityModel.bundled(Polynews.jsonMapper()));
    }

    @Test
    void pearsonAndSpearmanOnKnownSeries() {
        double[] x = {1, 2, 3, 4, 5};
        assertThat(Correlation.pearson(x, new double[] {2, 4, 6, 8, 10})).isCloseTo(1.0, within(1e-12));
        assertThat(Correlation.pearson(x, new double[] {5, 4, 3, 2, 1})).isCloseTo(-1.0, within(1e-12));
        assertThat(Correlation.spearman(x, new double[] {1, 4, 9, 16, 100})).isCloseTo(1.0, within(1e-12));
        assertThat(Correlation.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
        assertThat(Correlation.pearson(x, new double[] {1, 1, 1, 1, 1})).isNaN();
    }

    @Test
    void readerKeepsGoodLinesAndNamesBadOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pairs.jsonl");
        Files.writeString(file, """
                {"pair_id": "p1", "lang1": "en", "lang2": "de", "text1": "a", "text2": "b", "scores": {"overall": 2.5, "tone": 5}}
                {"pair_id": "p2", "text1": "only one text"}
                not json

                """);
        SimilarityPairReader.Pairs pairs = new SimilarityPairReader(Polynews.jsonMapper()).read(file);
        assertThat(pairs.pairs()).singleElement().satisfies(p -> {
            assertThat(p.languagePair()).isEqualTo("en-de");
            assertThat(p.judged()).containsEntry(Dimension.OVERALL, 2.5).doesNotContainKey(Dimension.TONE);
        });
        assertThat(pairs.problems()).hasSize(2);
        assertThat(pairs.problems().get(0)).isEqualTo(file + "#2: text1 and text2 are required");
        assertThat(pairs.problems().get(1)).startsWith(file + "#3: broken JSON");
        assertThatThrownBy(() -> new SimilarityPairReader(Polynews.jsonMapper()).read(dir.resolve("none.jsonl"))).hasMessageContaining("no such file");
    }

    @Test
    void trainingRecoversALinearRelationAndCrossValidates() {
        Random random = new Random(7);
        List<SimilarityEvaluation.PairMeasurement> data = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double words = random.nextDouble();
            double entities = random.nextDouble();
            PairSignals s = new PairSignals(words, entities, 0.5, 0.5, 0, 0, 0.5, 0.5, 1, 1, 0, 0, 0, 0, 1);
            double overall = 4 - 2 * words - entities + 0.05 * random.nextGaussian();
            Map<Dimension, Double> judged = new java.util.EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                judged.put(d, overall);
            }
            data.add(new SimilarityEvaluation.PairMeasurement(new SimilarityPair("p" + i, "en", "en", "x", "y", judged, i + 1), s, Double.NaN, null));
        }
        SimilarityTrainer.Training t = new SimilarityTrainer().train(data, 5, "synthetic");
        assertThat(t.crossValidated().pearson(Dimension.OVERALL)).isGreaterThan(0.95);
        PairSignals close = new PairSignals(0.9, 0.9, 0.5, 0.5, 0, 0, 0.5, 0.5, 1, 1, 0, 0, 0, 0, 1);
        PairSignals far = new PairSignals(0.1, 0.1, 0.5, 0.5, 0, 0, 0.5, 0.5, 1, 1, 0, 0, 0, 0, 1);
        assertThat(t.model().predict(close).get(Dimension.OVERALL)).isCloseTo(4 - 1.8 - 0.9, within(0.25));
        assertThat(t.model().predict(far).get(Dimension.OVERALL)).isGreaterThan(t.model().predict(close).get(Dimension.OVERALL) + 1);
    }

    @Test
    void trainingTakesInteractionsOnlyWhenTheJudgesNeedThem() {
        Random random = new Random(11);
        List<SimilarityEvaluation.PairMeasurement> additive = new ArrayList<>();
        List<SimilarityEvaluation.PairMeasurement> jointly = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double words = random.nextDouble();
            double entities = random.nextDouble();
            PairSignals s = new PairSignals(words, entities, 0.5, 0.5, 0, 0, 0.5, 0.5, 1, 1, 0, 0, 0, words, 1);
            double noise = 0.05 * random.nextGaussian();
            additive.add(measurement(i, s, 4 - 1.5 * words - 1.5 * entities + noise));
            // same story only when the words AND the names agree
            jointly.add(measurement(i, s, 4 - 3 * words * entities + noise));
        }
        SimilarityTrainer.Training plain = new SimilarityTrainer().train(additive, 5, "additive");
        SimilarityTrainer.Training joint = new SimilarityTrainer().train(jointly, 5, "joint");
        assertThat(plain.settings().get(Dimension.OVERALL).interactions()).isFalse();
        assertThat(joint.settings().get(Dimension.OVERALL).interactions()).isTrue();
        assertThat(joint.crossValidated().pearson(Dimension.OVERALL)).isGreaterThan(0.95);
        PairSignals namesOnly = new PairSignals(0.05, 0.95, 0.5, 0.5, 0, 0, 0.5, 0.5, 1, 1, 0, 0, 0, 0.05, 1);
        PairSignals both = new PairSignals(0.95, 0.95, 0.5, 0.5, 0, 0, 0.5, 0.5, 1, 1, 0, 0, 0, 0.95, 1);
        assertThat(joint.model().predict(namesOnly).get(Dimension.OVERALL)).isCloseTo(4 - 3 * 0.05 * 0.95, within(0.3));
        assertThat(joint.model().predict(both).get(Dimension.OVERALL)).isCloseTo(4 - 3 * 0.95 * 0.95, within(0.3));
    }

    @Test
    void crossValidationByLanguagePairPredictsEachLanguageFromTheOthers() {
        Random random = new Random(5);
        List<SimilarityEvaluation.PairMeasurement> data = new ArrayList<>();
        List<String> languages = List.of("en", "de", "tr");
        for (int i = 0; i < 240; i++) {
            double words = random.nextDouble();
            PairSignals s = new PairSignals(words, words, 0.5, 0.5, 0, 0, 0.5, 0.5, 1, 1, 0, 0, 0, words, 1);
            data.add(measurement(i, languages.get(i % 3), s, 4 - 2.5 * words + 0.1 * random.nextGaussian()));
        }
        SimilarityTrainer.Training t = new SimilarityTrainer().train(data, 10, true, "by language", null);
        assertThat(t.folds()).isEqualTo(3);
        assertThat(t.crossValidated().scorer()).contains("by language pair");
        assertThat(t.crossValidated().byLanguagePair()).containsOnlyKeys("de-de", "en-en", "tr-tr");
        t.crossValidated().byLanguagePair().values().forEach(score -> assertThat(score.pearson()).isGreaterThan(0.95));
        List<SimilarityEvaluation.PairMeasurement> english = data.stream().filter(m -> m.pair().language1().equals("en")).toList();
        assertThatThrownBy(() -> new SimilarityTrainer().train(english, 10, true, "one language", null))
                .hasMessageContaining("at least two language pairs");
    }

    private static SimilarityEvaluation.PairMeasurement measurement(int i, PairSignals signals, double overall) {
        return measurement(i, "en", signals, overall);
    }

    private static SimilarityEvaluation.PairMeasurement measurement(int i, String language, PairSignals signals, double overall) {
        Map<Dimension, Double> judged = new java.util.EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            judged.put(d, overall);
        }
        return new SimilarityEvaluation.PairMeasurement(new SimilarityPair("p" + i, language, language, "x", "y", judged, i + 1), signals, Double.NaN, null);
    }

    @Test
    void wordPiecesMatchInflectedFormsAndNamesAcrossLanguages() {
        String quakeTr1 = """
                Malatya'da 5,2 büyüklüğünde deprem
                Malatya'nın Pütürge ilçesinde sabah saatlerinde 5,2 büyüklüğünde bir deprem meydana geldi. Depremde hasar gören binalardaki aileler çadırlara yerleştirildi.""";
        String quakeTr2 = """
                Pütürge depremi sonrası çadır kent kuruldu
                Malatya'daki depremin ardından Pütürge'de hasarlı binalarda oturan ailelere çadır dağıtıldı, depremzedeler için aşevi açıldı.""";
        String budgetTr = """
                Meclis bütçe görüşmelerine başladı
                Türkiye Büyük Millet Meclisi'nde gelecek yılın bütçesi için komisyon toplantıları salı günü başladı, milletvekilleri harcama kalemlerini tartıştı.""";
        String merkelDe = """
                Merkels letzte Reise nach Washington
                Bundeskanzlerin Angela Merkel traf am Donnerstag Präsident Joe Biden im Weißen Haus; Merkels Besuch galt dem Klimaschutz und der Pipeline Nord Stream.""";
        String merkelEn = """
                Biden hosts Merkel at the White House
                President Joe Biden welcomed German Chancellor Angela Merkel to the White House on Thursday for talks on climate protection and the Nord Stream pipeline.""";
        List<SimilarityEvaluation.PairMeasurement> m = evaluation.measure(List.of(
                new SimilarityPair("quake", "tr", "tr", quakeTr1, quakeTr2, Map.of(), 1),
                new SimilarityPair("other", "tr", "tr", quakeTr1, budgetTr, Map.of(), 2),
                new SimilarityPair("merkel", "de", "en", merkelDe, merkelEn, Map.of(), 3),
                new SimilarityPair("unrelated", "de", "en", merkelDe, PANDAS_EN, Map.of(), 4)), (d, t) -> { });
        PairSignals quake = m.get(0).signals();
        assertThat(quake.subwords()).as("deprem/depremi/depremin, bina/binalarda").isGreaterThan(m.get(1).signals().subwords() + 0.15);
        assertThat(m.get(2).signals().subwords()).as("Merkel/Merkels, Biden, Nord Stream, pipeline").isGreaterThan(m.get(3).signals().subwords() + 0.1);
        System.out.printf("word pieces: quake %.2f (words %.2f), other %.2f; merkel de-en %.2f, unrelated %.2f%n", quake.subwords(), quake.words(),
                m.get(1).signals().subwords(), m.get(2).signals().subwords(), m.get(3).signals().subwords());
    }

    @Test
    void anOpinionInTheFirstPersonIsAnotherStyleThanAReport() {
        String reportA = """
                El Ayuntamiento de Valencia aprueba el nuevo carril bici
                El pleno del Ayuntamiento de Valencia aprobó el jueves la construcción de un carril bici de doce kilómetros en la avenida del Puerto.
                Las obras comenzarán en marzo y costarán 4,2 millones de euros, según el concejal de Movilidad.""";
        String reportB = """
                Valencia tendrá un carril bici en la avenida del Puerto
                La construcción del carril, de doce kilómetros, fue aprobada por el pleno municipal con los votos del gobierno local.
                El proyecto incluye nuevos semáforos y aparcamientos para bicicletas junto a las paradas del tranvía.""";
        String opinion = """
                Yo no quiero otro carril bici en mi barrio
                Llevo veinte años viviendo en la avenida del Puerto y nadie nos ha preguntado nada. ¿Por qué no nos escuchan?
                Mis vecinos y yo pedimos más aparcamiento, no menos. Ustedes deciden desde un despacho; nosotros vivimos aquí.""";
        List<SimilarityEvaluation.PairMeasurement> m = evaluation.measure(List.of(
                new SimilarityPair("reports", "es", "es", reportA, reportB, Map.of(), 1),
                new SimilarityPair("opinion", "es", "es", reportA, opinion, Map.of(), 2)), (d, t) -> { });
        assertThat(m.get(0).signals().voice()).isEqualTo(1.0);
        assertThat(m.get(1).signals().voice()).isLessThan(0.2);
        assertThat(scores(pair("reports", "es", reportA, "es", reportB)).get(Dimension.STYLE))
                .isLessThan(scores(pair("opinion", "es", reportA, "es", opinion)).get(Dimension.STYLE));
    }

    static SimilarityPair pair(String id, String l1, String t1, String l2, String t2) {
        return new SimilarityPair(id, l1, l2, t1, t2, Map.of(), 1);
    }

    static Map<Dimension, Double> scores(SimilarityPair pair) {
        PairPrediction p = evaluation.run(List.of(pair, FILLER), SimilarityEvaluation.Scorer.POLYNEWS, (d, t) -> { }).predictions().get(0);
        assertThat(p.problem()).isNull();
        return p.predicted();
    }

    static final String FLOOD_EN = """
            Floods in Hungary: Danube reaches record level in Budapest
            The Danube rose to a record 8.9 metres in Budapest on Sunday, 14 September 2025, and thousands of volunteers filled sandbags along the river.
            Prime Minister Viktor Orban said the army would help protect Szentendre and the villages north of the capital.""";
    static final String FLOOD_AR = """
            فيضانات في المجر: نهر الدانوب يبلغ مستوى قياسيا في بودابست
            ارتفع نهر الدانوب إلى مستوى قياسي بلغ 8.9 متر في بودابست يوم الأحد 14 سبتمبر 2025، وملأ آلاف المتطوعين أكياس الرمل على ضفاف النهر.
            وقال رئيس الوزراء فيكتور أوربان إن الجيش سيساعد في حماية سنتندره والقرى الواقعة شمال العاصمة.""";
    static final String PANDAS_EN = """
            Warsaw zoo welcomes two giant pandas from China
            Two giant pandas arrived at the Warsaw zoo on Tuesday after a long flight from Chengdu, the zoo's director said.
            The bears will spend a month in quarantine before visitors can see them in their new enclosure.""";
    static final SimilarityPair FILLER = pair("filler", "de", """
            Neue Straßenbahnlinie in Köln beschlossen
            Der Stadtrat hat am Dienstag nach langer Debatte den Bau einer neuen Straßenbahnlinie beschlossen, die 2027 fertig sein soll.""",
            "es", """
            El gobierno de España aprueba un plan de vivienda
            El Consejo de Ministros aprobó el martes un plan para construir cincuenta mil viviendas en alquiler en Madrid y Barcelona.""");

    @Test
    void sameEventInArabicAndEnglishBeatsUnrelatedStories() {
        Map<Dimension, Double> same = scores(pair("same", "en", FLOOD_EN, "ar", FLOOD_AR));
        Map<Dimension, Double> unrelated = scores(pair("other", "en", FLOOD_EN, "en", PANDAS_EN));
        for (Dimension d : List.of(Dimension.GEOGRAPHY, Dimension.ENTITIES, Dimension.OVERALL, Dimension.NARRATIVE)) {
            assertThat(same.get(d)).as(d.label()).isLessThan(unrelated.get(d));
        }
    }

    @Test
    void samePeopleOnOtherDaysShareEntitiesButNotTime() {
        String talks2017 = """
                Putin and Trump discuss Syria by phone
                Vladimir Putin and Donald Trump spoke by telephone on 2 May 2017 about a ceasefire in Syria, the Kremlin said.""";
        String talks2021 = """
                Putin and Biden agree to extend arms treaty
                Vladimir Putin and Joe Biden agreed on 26 January 2021 to extend the New START treaty, the White House said.""";
        String sameDay = """
                Trump and Putin talk about Syria ceasefire
                Donald Trump and Vladimir Putin discussed a ceasefire in Syria in a phone call on 2 May 2017, officials in Washington said.""";
        Map<Dimension, Double> apart = scores(pair("apart", "en", talks2017, "en", talks2021));
        Map<Dimension, Double> together = scores(pair("together", "en", talks2017, "en", sameDay));
        assertThat(apart.get(Dimension.ENTITIES)).isLessThan(scores(pair("x", "en", talks2017, "en", PANDAS_EN)).get(Dimension.ENTITIES));
        assertThat(together.get(Dimension.TIME)).isLessThan(apart.get(Dimension.TIME));
        assertThat(together.get(Dimension.OVERALL)).isLessThan(apart.get(Dimension.OVERALL));
    }

    @Test
    void samePlaceInTwoScriptsIsSameGeography() {
        String tehranFa = """
                آلودگی هوا در تهران مدارس را تعطیل کرد
                مدارس تهران روز شنبه به دلیل آلودگی شدید هوا تعطیل شدند و مقامات از مردم خواستند در خانه بمانند.""";
        String tehranEn = """
                Smog closes schools in Tehran
                Schools in Tehran closed on Saturday because of severe air pollution, and officials asked residents to stay at home.""";
        Map<Dimension, Double> same = scores(pair("t", "fa", tehranFa, "en", tehranEn));
        Map<Dimension, Double> other = scores(pair("o", "fa", tehranFa, "en", PANDAS_EN));
        assertThat(same.get(Dimension.GEOGRAPHY)).isLessThan(other.get(Dimension.GEOGRAPHY));
    }

    @Test
    void baselineAndUnscorablePairsAreReported() {
        SimilarityPair empty = pair("empty", "en", "   ", "en", PANDAS_EN);
        SimilarityReport report = evaluation.run(List.of(empty, FILLER), SimilarityEvaluation.Scorer.POLYNEWS, (d, t) -> { });
        assertThat(report.unscored()).singleElement().satisfies(p -> assertThat(p.problem()).startsWith("text1:"));
        SimilarityReport tfidf = evaluation.run(List.of(pair("same", "en", PANDAS_EN, "en", PANDAS_EN), FILLER), SimilarityEvaluation.Scorer.TFIDF, (d, t) -> { });
        assertThat(tfidf.predictions().get(0).predicted().get(Dimension.OVERALL)).isEqualTo(1.0);
    }
}
