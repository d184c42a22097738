package org.polynews;

import org.junit.jupiter.api.Test;
import org.polynews.source.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text far longer than any news article is refused with its reason, not analysed for many seconds; extraction stops
 * reading soon after the longest article, so the size of a page (1.5 MB of paragraphs, or a page nested 20,000 deep
 * with text at every level) does not decide the cost.
 */
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

    @Test
    void aPageWithMoreTextThanAnyArticleIsRefusedWhateverItsShape() {
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        String flat = "<html><body><article><p>" + paragraphs(2000).replace("\n\n", "</p><p>") + "</p></article></body></html>";
        StringBuilder deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) {
            deep.append("<div>Level ").append(i).append(" of the flood report, with the gauge readings of the day. ");
        }
        deep.append("</div>".repeat(20_000)).append("</body></html>");

        for (SourceDocument page : new SourceDocument[]{SourceDocument.html("flat.html", flat), SourceDocument.html("deep.html", deep.toString())}) {
            Pipeline.Outcome outcome = pipeline.process(page);
            assertThat(outcome.article()).as(page.source()).isNull();
            assertThat(outcome.problem().reason()).as(page.source()).contains("250,000");
        }
    }
}
