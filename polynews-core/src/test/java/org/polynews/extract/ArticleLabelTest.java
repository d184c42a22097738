package org.polynews.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An untitled article is listed by its first sentence: up to a sentence mark, a line break or its first paragraph's end. */
class ArticleLabelTest {
    private static Article untitled(String... paragraphs) {
        return new Article("feed.xml", null, null, null, null, null, DateSource.NONE, List.of(paragraphs));
    }

    @Test
    void theFirstSentenceOfTheFirstParagraphWithTextLabelsAnUntitledArticle() {
        assertThat(untitled("", "  ", " Floods cut roads in Valencia. Shelters opened on Tuesday.").label())
                .isEqualTo("Floods cut roads in Valencia.");
        assertThat(untitled("VALENCIA (Reuters)\nFloods cut roads.", "More rain is due.").label()).as("a line break ends it").isEqualTo("VALENCIA (Reuters)");
        assertThat(untitled("Floods in Valencia ", "More rain is due.").label()).as("so does the paragraph's end").isEqualTo("Floods in Valencia");
        assertThat(untitled("سيول في فالنسيا؟ نعم.").label()).isEqualTo("سيول في فالنسيا؟");
        assertThat(untitled("", " ").label()).isNull();
        assertThat(new Article("a.html", null, null, "Storm in Spain", null, null, DateSource.NONE, List.of("Text.")).label()).isEqualTo("Storm in Spain");
    }

    @Test
    void aLongFirstSentenceIsCutAtAWord() {
        String label = untitled("The regional government of Valencia opened shelters across the province on Tuesday after heavy rain flooded streets.").label();
        assertThat(label).endsWith("…").hasSizeLessThanOrEqualTo(Article.LABEL_LENGTH + 1);
        assertThat(label).isEqualTo("The regional government of Valencia opened shelters across the province on Tuesday after…");
    }
}
