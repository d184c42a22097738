package org.polynews.similarity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.source.SourceDocument;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a comparison marks in both texts: names and places as each article writes them, and shared passages. */
class SharedEvidenceTest {
    @TempDir
    static Path data;
    static Polynews polynews;

    @BeforeAll
    static void open() {
        polynews = Polynews.open(data);
    }

    @AfterAll
    static void close() {
        polynews.close();
    }

    static AnalyzedArticle analyze(String name, String text) {
        return polynews.analyze(SourceDocument.plainText(name, text)).article();
    }

    @Test
    void placesAndNamesAreGivenAsEachScriptWritesThem() {
        AnalyzedArticle fa = analyze("fa.txt", """
                آلودگی هوا در تهران مدارس را تعطیل کرد
                مدارس تهران روز شنبه به دلیل آلودگی شدید هوا تعطیل شدند و علیرضا زاکانی شهردار تهران از مردم خواست در خانه بمانند.""");
        AnalyzedArticle en = analyze("en.txt", """
                Smog closes schools in Tehran
                Schools in Tehran closed on Saturday because of severe air pollution, and the mayor Alireza Zakani asked residents to stay at home.""");
        SharedEvidence shared = polynews.compare(fa, en).shared();
        assertThat(shared.places()).anySatisfy(p -> {
            assertThat(p.inFirst()).isEqualTo("تهران");
            assertThat(p.inSecond()).isEqualTo("Tehran");
        });
        assertThat(shared.passagesInFirst()).isEmpty(); // no shared passages across languages
    }

    @Test
    void passagesAreFoundInBothTextsOfARepost() {
        String statement = "The minister said the new bridge over the river would open to traffic on the first of June after three years of work.";
        AnalyzedArticle a = analyze("a.txt", "Bridge to open in June\n" + statement + " Local shops hope for more customers.");
        AnalyzedArticle b = analyze("b.txt", "New bridge opens soon\nCommuters in the city welcomed the news. " + statement);
        SharedEvidence shared = polynews.compare(a, b).shared();
        assertThat(shared.passagesInFirst()).singleElement().asString().contains("three years of work");
        assertThat(shared.passagesInSecond()).singleElement().asString().contains("three years of work");
    }
}
