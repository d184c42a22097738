package org.polynews.language;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import org.polynews.analyze.NameKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** ASCII text skips ICU in the normalizer and the name keys: what it gives must be what ICU's folds would. */
class AsciiShortcutTest {
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    @Test
    void asciiWordsFoldAndTransliterateAsIcuWould() {
        TextNormalizer normalizer = new TextNormalizer();
        NameKeys keys = new NameKeys(normalizer);
        for (String text : asciiSamples()) {
            assertThat(TextNormalizer.isAscii(text)).isTrue();
            // an accent at the end takes the text through ICU's folds, and folds to a plain e
            String throughIcu = normalizer.normalize(text + "\u00e9");
            assertThat(normalizer.normalize(text)).as(text).isEqualTo(throughIcu.substring(0, throughIcu.length() - 1));
            assertThat(keys.latin(text)).as(text).isEqualTo(TO_LATIN.transliterate(text));
        }
    }

    @Test
    void textBeyondAsciiStillGoesThroughIcu() {
        TextNormalizer normalizer = new TextNormalizer();
        NameKeys keys = new NameKeys(normalizer);
        assertThat(TextNormalizer.isAscii("Zürich")).isFalse();
        assertThat(normalizer.normalize("Zürich")).isEqualTo("zurich");
        assertThat(normalizer.normalize("ﬁnance ١٢")).isEqualTo("finance 12");
        assertThat(keys.latin("Путин")).isEqualTo("Putin");
    }

    /** Every printable ASCII character alone, headline-like phrases, and random ASCII strings. */
    private static List<String> asciiSamples() {
        List<String> samples = new ArrayList<>();
        for (char c = 0x20; c < 0x7f; c++) {
            samples.add(String.valueOf(c));
        }
        samples.addAll(List.of("Donald Trump", "al-Assad", "U.S. Senate votes 52-48", "O'Neill's \"deal\" (2020)", "COVID-19: 1,234 cases",
                "tab\there", "line\nbreak", "Mc Donald's & Co. #1 @home ~50% [ok] {x} |y| <z> ^ _ ` \\ /"));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                s.append((char) random.nextInt(0x80));
            }
            samples.add(s.toString());
        }
        return samples;
    }
}
