package org.polynews.eval;

import org.junit.jupiter.api.Test;
import org.polynews.source.SourceDocument;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's stream: made from the texts and the seed alone, new happenings told three times each, in every script. */
class SyntheticNewsStreamTest {
    private static final List<SourceDocument> TEXTS = List.of(
            SourceDocument.plainText("a", "Firefighters in Valencia fought a blaze at the Albufera park for 14 hours on Monday. "
                    + "Mayor Catalina Navarro said 300 hectares burned. Roads to Sueca stayed closed.\n\n"
                    + "Police questioned two farmers. The regional government promised 5 million euros for the damage."),
            SourceDocument.plainText("b", "ضربت عاصفة رملية مدينة الرياض يوم الثلاثاء وأغلقت المدارس لمدة 2 يومين. "
                    + "وقالت هيئة الأرصاد إن الرؤية انخفضت إلى 500 متر. وتأخرت الرحلات في المطار."));

    @Test
    void theSameIndexAndSeedGiveTheSameArticleAndAnotherSeedAnother() {
        SyntheticNewsStream one = new SyntheticNewsStream(TEXTS, 7);
        SyntheticNewsStream again = new SyntheticNewsStream(TEXTS, 7);
        SyntheticNewsStream other = new SyntheticNewsStream(TEXTS, 8);
        for (long i : new long[] {0, 1, 5, 12, 1_000_003}) {
            assertThat(again.document(i)).isEqualTo(one.document(i));
        }
        assertThat(other.document(12).text()).isNotEqualTo(one.document(12).text());
    }

    @Test
    void anEventIsToldThreeTimesAndTheNextTimeItsTextHappensItIsAnotherHappening() {
        SyntheticNewsStream stream = new SyntheticNewsStream(TEXTS, 1);
        // events 0 and 1 are the two texts as they are; event 2 is the first text with other names, words and numbers
        assertThat(stream.document(0).text()).isEqualTo(TEXTS.get(0).text());
        Set<String> first = sentences(stream.document(0).text());
        assertThat(sentences(stream.document(1).text())).as("a retelling keeps the sentences it tells").isSubsetOf(first);
        assertThat(stream.document(1).text()).isNotEqualTo(stream.document(0).text());

        String happening = stream.document(6).text();
        assertThat(happening).doesNotContain("14 hours").doesNotContain("300 hectares");
        assertThat(sentences(happening)).doesNotContainAnyElementsOf(first);
        assertThat(stream.document(6).metadata().published()).isEqualTo(SyntheticNewsStream.FIRST_DAY.toString());

        String arabic = stream.document(9).text();
        assertThat(arabic).as("a text without capitals changes too").isNotEqualTo(TEXTS.get(1).text()).doesNotContain("500 متر");
        assertThat(stream.document(3L * SyntheticNewsStream.EVENTS_PER_DAY).metadata().published())
                .isEqualTo(SyntheticNewsStream.FIRST_DAY.plusDays(1).toString());
    }

    private static Set<String> sentences(String text) {
        return new HashSet<>(Arrays.asList(text.replace("\n\n", " ").split("(?<=[.!?])\\s+")));
    }
}
