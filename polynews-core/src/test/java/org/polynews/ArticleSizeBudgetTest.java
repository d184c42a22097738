package org.polynews;

import org.junit.jupiter.api.Test;
import org.polynews.source.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/** A text far longer than any news article is refused with its reason, not analysed for many seconds. */
class ArticleSizeBudgetTest {
    /** Paragraphs of some 750 characters, each its own (a text that repeats one paragraph is read as page furniture). */
    private static String paragraphs(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            for (int sentence = 1; sentence <= 8; sentence++) {
                text.append("In hour ").append(i).append(", gauge ").append(sentence)
                        .append(" showed the river still rising, and the lanes of the old town were under water again. ");
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    @Test
    void anOverlongTextIsRefusedAndALongFeatureIsNot() {
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        String feature = paragraphs(60); // some 45,000 characters: a long-read
        String dump = paragraphs(400); // some 300,000

        Pipeline.Outcome longRead = pipeline.process(SourceDocument.plainText("long-read.txt", feature));
        Pipeline.Outcome tooLong = pipeline.process(SourceDocument.plainText("dump.txt", dump));

        assertThat(longRead.problem()).isNull();
        assertThat(longRead.article()).isNotNull();
        assertThat(tooLong.article()).isNull();
        assertThat(tooLong.problem().source()).isEqualTo("dump.txt");
        assertThat(tooLong.problem().reason()).contains("characters").contains("250,000");
    }
}
