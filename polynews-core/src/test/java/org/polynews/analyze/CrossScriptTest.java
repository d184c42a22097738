package org.polynews.analyze;

import org.junit.jupiter.api.Test;
import org.polynews.language.TextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

class CrossScriptTest {
    final TextNormalizer normalizer = new TextNormalizer();
    final NameKeys keys = new NameKeys(normalizer);
    final PlaceGazetteer places = new PlaceGazetteer(normalizer);

    @Test
    void oneNameInFourScriptsHasOneKey() {
        assertThat(keys.key("Trump")).isEqualTo(keys.key("ترامب")).isEqualTo(keys.key("ترامپ")).isEqualTo(keys.key("Трамп"));
        assertThat(keys.key("Putin")).isEqualTo(keys.key("بوتين")).isEqualTo(keys.key("پوتین")).isEqualTo(keys.key("Путин"));
        assertThat(keys.key("Biden")).isEqualTo(keys.key("بايدن"));
        assertThat(keys.key("Trump")).isNotEqualTo(keys.key("Putin"));
        assertThat(keys.keysWithVariants("والكرملين", "ar")).contains(keys.key("Kremlin"));
    }

    @Test
    void placesResolveAcrossLanguagesAndInflections() {
        assertThat(places.lookup(places.key("Syria")).id()).isEqualTo("SY");
        assertThat(places.lookup(places.key("سوريا")).id()).isEqualTo("SY");
        assertThat(places.lookup(places.key("سوریه")).id()).isEqualTo("SY");
        assertThat(places.lookup(places.key("叙利亚")).id()).isEqualTo("SY");
        assertThat(places.lookupInflected(places.key("России")).id()).isEqualTo("RU");
        assertThat(places.lookup(places.key("مسکو")).id()).isEqualTo("RU/Moscow");
        assertThat(places.lookupCapitals("US").id()).isEqualTo("US");
        assertThat(places.lookup("us")).as("the pronoun is not a country").isNull();
    }

    @Test
    void commonArabicWordsAreNotPlacesUnlessTheArticleSaysSo() {
        org.polynews.Pipeline pipeline = new org.polynews.Pipeline(org.polynews.Polynews.jsonMapper());
        java.util.function.Function<String, java.util.List<String>> placesOf = text -> pipeline
                .process(org.polynews.source.SourceDocument.plainText("ar.txt", text)).article()
                .places().stream().map(p -> p.place().name()).toList();
        // "cable", "the Arabic language", "and not": words, not Kabul, Egypt, Wallis
        assertThat(placesOf.apply("""
                اتفاق جديد في الرباط
                وقع المغرب في الرباط اتفاقا لإنشاء كابل بحري بين طنجة وإسبانيا، وليس هذا أول مشروع، كما قالت الصحف باللغة العربية."""))
                .contains("Morocco", "Rabat").doesNotContain("Kabul", "Egypt", "Wallis & Futuna");
        // the same word is Kabul when the article names Afghanistan
        assertThat(placesOf.apply("""
                زيارة إلى أفغانستان
                وصل الوزير إلى كابل يوم الاثنين في أول زيارة إلى أفغانستان منذ عامين."""))
                .contains("Kabul", "Afghanistan");
    }
}
