package org.polynews;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.source.ContentFormat;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceMetadata;
import org.polynews.store.Snippet;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A name searched in another script finds the articles that write that name before those whose names only sound alike. */
class SearchTest {
    private static SourceDocument article(String source, String language, String text) {
        return new SourceDocument(source, text, ContentFormat.TEXT, new SourceMetadata(null, null, "2026-02-10", language));
    }

    private static final SourceDocument PUTIN_EN = article("putin.txt", "en", "Vladimir Putin met Turkish leaders in Sochi on Tuesday to "
            + "discuss grain exports. Putin said shipments could resume within weeks, and officials close to Putin confirmed the talks.");
    private static final SourceDocument PUTIN_DE = article("putin-de.txt", "de", "Wladimir Putin hat am Dienstag in Sotschi türkische "
            + "Vertreter empfangen. Putin sagte, die Getreideexporte könnten nach langen Verhandlungen in wenigen Wochen wieder beginnen.");

    @Test
    void aNameInCyrillicFindsItsLatinSpellingFirst(@TempDir Path data) {
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingestDocuments(List.of(
                    article("button.txt", "en", "Jenson Button won the historic car rally in Goodwood on Sunday. Button said the old engine held up "
                            + "in the rain, and Button thanked the mechanics who rebuilt it over the winter."),
                    article("patton.txt", "en", "The Patton museum in Kentucky reopened on Saturday after a flood. Curators said the Patton "
                            + "collection of tanks was dried and restored, and visitors queued at the Patton gate."),
                    PUTIN_EN,
                    PUTIN_DE), IngestListener.NONE);

            List<String> found = polynews.search("Путин", 10).stream()
                    .map(hit -> polynews.find(hit.id()).orElseThrow().analysis().article().source()).toList();

            assertThat(found.subList(0, 2)).containsExactlyInAnyOrder("putin.txt", "putin-de.txt");
            assertThat(polynews.search("Putin", 10)).as("the Latin spelling as before").hasSizeGreaterThanOrEqualTo(2);
            assertThat(polynews.search("特朗普", 10)).as("a Chinese reading (te lang pu) is no Latin spelling: nothing, not \"langen\"")
                    .isEmpty();
            String longest = String.join(" ", java.util.Collections.nCopies(Polynews.MAX_QUERY_WORDS, "Путин"));
            assertThat(polynews.search(longest, 10)).as("the longest query allowed still runs").isNotEmpty();
        }
    }

    @Test
    void aNameInAnyScriptFindsTheArticlesThatNameItAndNoLookAlikes(@TempDir Path data) {
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingestDocuments(List.of(
                    PUTIN_EN,
                    PUTIN_DE,
                    article("putin-es.txt", "es", "Vladímir Putin recibió el martes en Sochi a una delegación turca. Putin dijo que las "
                            + "exportaciones de grano podrían reanudarse en unas semanas."),
                    // German capitalises nouns: "mit Booten" reads as a name whose key (btn) is Putin's
                    article("surfers-de.txt", "de", "Fünf Menschen sind an der Küste beim Surfen ums Leben gekommen. Drei Surfer wurden am "
                            + "Morgen tot aus der Nordsee geborgen, wie die Polizei mitteilte. Es wurde mit Booten und Helikoptern gesucht."),
                    article("trump-en.txt", "en", "President Donald Trump signed the tariff order at the White House on Monday. Trump "
                            + "said the duties on steel would protect American jobs."),
                    article("trump-de.txt", "de", "US-Präsident Donald Trump hat am Montag Zölle auf Stahl verhängt. Trump sagte, die "
                            + "Abgaben schützten amerikanische Arbeitsplätze."),
                    article("merkel-en.txt", "en", "Chancellor Angela Merkel urged Europeans on Friday to stay at home over Easter. Merkel "
                            + "said the measures would be reviewed after the holiday."),
                    article("merkel-ar.txt", "ar", "دعت المستشارة الألمانية أنجيلا ميركل يوم الجمعة الأوروبيين إلى البقاء في منازلهم خلال "
                            + "عيد الفصح. وقالت المستشارة أنجيلا ميركل إن الإجراءات ستراجع بعد العطلة.")), IngestListener.NONE);

            for (String query : List.of("Putin", "Путин", "بوتين", "پوتین")) {
                assertThat(sources(polynews, query)).as(query).containsExactlyInAnyOrder("putin.txt", "putin-de.txt", "putin-es.txt");
            }
            assertThat(sources(polynews, "Merkel")).as("the Arabic spelling too").containsExactlyInAnyOrder("merkel-en.txt", "merkel-ar.txt");
            assertThat(sources(polynews, "ميركل")).containsExactlyInAnyOrder("merkel-en.txt", "merkel-ar.txt");
            assertThat(sources(polynews, "Booten")).as("the word itself is still found").containsExactly("surfers-de.txt");
            assertThat(sources(polynews, "特朗普")).as("a name in Chinese characters by its sounds (te lang pu)")
                    .containsExactlyInAnyOrder("trump-en.txt", "trump-de.txt");
        }
    }

    private static List<String> sources(Polynews polynews, String query) {
        return polynews.search(query, 10).stream().map(hit -> polynews.find(hit.id()).orElseThrow().analysis().article().source()).toList();
    }

    @Test
    void snippetsMarkTheWordsTheSearchMatchedInAnyForm(@TempDir Path data) {
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingestDocuments(List.of(
                    article("flood.txt", "en", "Rain fell on Passau for a third day. The Danube was flooding the old town on Sunday, and the "
                            + "mayor ordered residents of the riverside streets to leave. Schools stayed open elsewhere in Bavaria."),
                    article("putin.txt", "en", "Grain prices rose in Chicago. Vladimir Putin met Turkish leaders in Sochi on Tuesday to discuss "
                            + "grain exports, and officials confirmed the talks.")), IngestListener.NONE);

            Snippet flood = polynews.search("floods", 1).get(0).snippet();
            assertThat(flood.text()).as("the sentence that matched, not the opening").startsWith("The Danube was flooding");
            assertThat(flood.matched()).containsExactly("flooding");
            assertThat(flood.marked("[", "]")).contains("The Danube was [flooding] the old town");

            Snippet cyrillic = polynews.search("Путин", 1).get(0).snippet();
            assertThat(cyrillic.matched()).as("the Latin spelling the transliterated query matched").containsExactly("Putin");

            String scrape = "word ".repeat(300) + "the Danube flooding reached Passau " + "word ".repeat(300);
            polynews.ingestDocuments(List.of(article("scrape.txt", "en", scrape)), IngestListener.NONE);
            Snippet cut = polynews.search("Passau flooding scrape", 5).stream().map(h -> h.snippet())
                    .filter(s -> s.text().contains("word word")).findFirst().orElseThrow();
            assertThat(cut.text().length()).as("a long sentence is cut around its match").isLessThanOrEqualTo(242);
            assertThat(cut.text()).startsWith("…").endsWith("…");
            assertThat(cut.matched()).contains("flooding", "Passau");
        }
    }
}
