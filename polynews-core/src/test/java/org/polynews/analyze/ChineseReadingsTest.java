package org.polynews.analyze;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;
import org.polynews.language.TextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** A name in Chinese characters fits the skeletons of the names it writes, and not those of names that merely share letters. */
class ChineseReadingsTest {
    private final NameKeys keys = new NameKeys(new TextNormalizer());

    private boolean fits(String chinese, String latin) {
        String pattern = ChineseReadings.keyPattern(keys.latin(chinese)).orElseThrow();
        return new CharacterRunAutomaton(new RegExp(pattern).toAutomaton()).run(keys.key(latin));
    }

    @Test
    void aReadingFitsTheNameItWrites() {
        assertThat(fits("特朗普", "Trump")).isTrue();
        assertThat(fits("拜登", "Biden")).isTrue();
        assertThat(fits("马克龙", "Macron")).isTrue();
        assertThat(fits("蓬佩奥", "Pompeo")).isTrue();
        assertThat(fits("苏莱曼尼", "Soleimani")).as("man ni: one n of the name").isTrue();
        assertThat(fits("普京", "Putin")).isTrue();
    }

    @Test
    void aReadingDoesNotFitNamesThatOnlyShareSomeLetters() {
        assertThat(fits("拜登", "Putin")).as("d is no t").isFalse();
        assertThat(fits("马克龙", "Michael")).as("long has a nasal").isFalse();
        assertThat(fits("特朗普", "Tulip")).isFalse();
    }

    @Test
    void aReadingOfTooFewConsonantsOrNoPinyinGivesNoPattern() {
        assertThat(ChineseReadings.keyPattern(keys.latin("奥巴马"))).as("b m fits BMW as well as Obama").isEmpty();
        assertThat(ChineseReadings.keyPattern(keys.latin("默克尔"))).isEmpty();
        assertThat(ChineseReadings.keyPattern("trump 2024")).isEmpty();
    }
}
