package org.polynews.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.IngestListener;
import org.polynews.Polynews;
import org.polynews.extract.Article;
import org.polynews.source.SourceDocument;
import org.polynews.source.ContentFormat;
import org.polynews.source.SourceMetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Small hand-made streams of articles that grouping must get right whatever else happens. */
class GroupingStreamTest {

    private static SourceDocument article(String source, String published, String language, String text) {
        return new SourceDocument(source, text, ContentFormat.TEXT, new SourceMetadata(null, null, published, language));
    }

    private static Map<String, StoryReport.ArticleSummary> bySource(StoryReport report) {
        Map<String, StoryReport.ArticleSummary> out = new HashMap<>();
        report.articles().forEach(a -> out.put(Path.of(a.source()).getFileName().toString(), a));
        return out;
    }

    /** Stores the examples in {@code data} and returns their grouping. */
    private static StoryReport examplesStoredIn(Path data) {
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingest(List.of(ExampleGroupingTest.EXAMPLES.resolve("articles").toString()), () -> System.in, IngestListener.NONE);
            return polynews.stories();
        }
    }

    @Test
    void aGroupingFileOfAnOlderVersionIsReplacedByTheGroupingMadeAgainFromTheStore(@TempDir Path data) throws IOException {
        StoryReport before = examplesStoredIn(data);
        // as an older polynews left the folder: its grouping in clusters.json, none in the grouping file
        Files.delete(data.resolve("grouping.db"));
        Files.writeString(data.resolve("clusters.json"), "{\"version\" : 4, \"events\" : [ ], \"storylines\" : [ ]}");
        try (Polynews polynews = Polynews.open(data)) {
            StoryReport after = polynews.stories();
            assertThat(after.events()).extracting(StoryReport.EventSummary::articles)
                    .containsExactlyInAnyOrderElementsOf(before.events().stream().map(StoryReport.EventSummary::articles).toList());
            assertThat(after.storylines()).hasSameSizeAs(before.storylines());
        }
        assertThat(data.resolve("clusters.json")).doesNotExist();
        assertThat(data.resolve("grouping.db")).exists();
    }

    @Test
    void aGroupingFileEmptiedOrCutShortIsSetAsideAndTheGroupingRebuilt(@TempDir Path data) throws IOException {
        StoryReport before = examplesStoredIn(data);
        Path file = data.resolve("grouping.db");
        byte[] saved = Files.readAllBytes(file);
        for (byte[] broken : List.of(new byte[0], Arrays.copyOf(saved, saved.length / 2), "[]".getBytes(StandardCharsets.UTF_8))) {
            Files.write(file, broken);
            try (Polynews polynews = Polynews.open(data)) {
                StoryReport after = polynews.stories();
                assertThat(after.articles()).hasSameSizeAs(before.articles());
                assertThat(after.events()).extracting(StoryReport.EventSummary::articles)
                        .containsExactlyInAnyOrderElementsOf(before.events().stream().map(StoryReport.EventSummary::articles).toList());
            }
            // an empty file is a new grouping file, and one cut short still holds an earlier save (the file is
            // written by appending): only one that is not a grouping file at all is kept aside
            if (broken.length == 2) {
                assertThat(Files.readAllBytes(data.resolve("grouping.db.unreadable"))).isEqualTo(broken);
            }
            try (Polynews polynews = Polynews.open(data)) {
                assertThat(polynews.stories().events()).hasSameSizeAs(before.events()); // saved again, readable
            }
        }
    }

    @Test
    void anIngestThatFailsHalfWayLeavesTheGroupingAsItWasSaved(@TempDir Path data) throws IOException {
        StoryReport before = examplesStoredIn(data);
        Path more = Files.createDirectory(data.resolve("more"));
        Files.writeString(more.resolve("quake.txt"), """
                A magnitude 6.1 earthquake struck off the coast of northern Chile on Sunday, the national seismology centre said. \
                There were no immediate reports of damage or casualties in Antofagasta or Iquique.""");
        try (Polynews polynews = Polynews.open(data)) {
            assertThatThrownBy(() -> polynews.ingest(List.of(more.toString()), () -> System.in, new IngestListener() {
                @Override
                public void article(String source, String id, boolean added) {
                    throw new IllegalStateException("disk full (as a test says)");
                }
            })).hasMessageContaining("disk full");
            assertThat(polynews.size()).isEqualTo(before.articles().size());
            assertThat(polynews.stories().events()).hasSameSizeAs(before.events());
        }
        try (Polynews polynews = Polynews.open(data)) {
            assertThat(polynews.stories().articles()).hasSameSizeAs(before.articles());
            assertThat(polynews.stories().events()).extracting(StoryReport.EventSummary::articles)
                    .containsExactlyInAnyOrderElementsOf(before.events().stream().map(StoryReport.EventSummary::articles).toList());
        }
    }

    @Test
    void aGroupingOfMoreArticlesThanTheIndexHoldsIsMadeAgainFromTheIndex(@TempDir Path data) throws IOException {
        Path first = ExampleGroupingTest.EXAMPLES.resolve("articles");
        List<Path> files;
        try (var list = Files.list(first)) {
            files = list.sorted().toList();
        }
        Path some = Files.createDirectory(data.resolve("some"));
        for (Path f : files.subList(0, 6)) {
            Files.copy(f, some.resolve(f.getFileName()));
        }
        Path store = data.resolve("store");
        try (Polynews polynews = Polynews.open(store)) {
            polynews.ingest(List.of(some.toString()), () -> System.in, IngestListener.NONE);
        }
        Path indexCopy = data.resolve("index-copy");
        try (var walk = Files.list(store.resolve("index"))) {
            Files.createDirectory(indexCopy);
            for (Path f : walk.toList()) {
                Files.copy(f, indexCopy.resolve(f.getFileName()));
            }
        }
        try (Polynews polynews = Polynews.open(store)) {
            polynews.ingest(List.of(first.toString()), () -> System.in, IngestListener.NONE);
        }
        // the index restored from the earlier copy, the grouping left as the later ingest saved it
        try (var walk = Files.list(store.resolve("index"))) {
            for (Path f : walk.toList()) {
                Files.delete(f);
            }
        }
        try (var walk = Files.list(indexCopy)) {
            for (Path f : walk.toList()) {
                Files.copy(f, store.resolve("index").resolve(f.getFileName()));
            }
        }
        try (Polynews polynews = Polynews.open(store)) {
            StoryReport report = polynews.stories();
            assertThat(report.articles()).hasSize(polynews.size());
            assertThat(report.events()).flatExtracting(StoryReport.EventSummary::articles).hasSize(polynews.size())
                    .allSatisfy(id -> assertThat(polynews.find(id)).isPresent());
        }
    }

    @Test
    void aGroupingOfOtherArticlesIsMadeAgainEvenWhenTheCountsAgree(@TempDir Path data) throws IOException {
        List<Path> files;
        try (var list = Files.list(ExampleGroupingTest.EXAMPLES.resolve("articles"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Path stores = Files.createDirectory(data.resolve("stores"));
        for (String name : List.of("a", "b")) {
            Path some = Files.createDirectory(data.resolve("in-" + name));
            for (Path f : name.equals("a") ? files.subList(0, 4) : files.subList(4, 8)) {
                Files.copy(f, some.resolve(f.getFileName()));
            }
            try (Polynews polynews = Polynews.open(stores.resolve(name))) {
                polynews.ingest(List.of(some.toString()), () -> System.in, IngestListener.NONE);
                assertThat(polynews.size()).isEqualTo(4);
            }
        }
        // b's index put in a's place, a's grouping left: as many articles, none the same
        Path index = stores.resolve("a").resolve("index");
        try (var walk = Files.list(index)) {
            for (Path f : walk.toList()) {
                Files.delete(f);
            }
        }
        try (var walk = Files.list(stores.resolve("b").resolve("index"))) {
            for (Path f : walk.toList()) {
                Files.copy(f, index.resolve(f.getFileName()));
            }
        }
        try (Polynews polynews = Polynews.open(stores.resolve("a"))) {
            StoryReport report = polynews.stories();
            assertThat(report.events()).flatExtracting(StoryReport.EventSummary::articles).hasSize(4)
                    .allSatisfy(id -> assertThat(polynews.find(id)).isPresent());
            assertThat(bySource(report)).containsOnlyKeys(files.subList(4, 8).stream().map(f -> f.getFileName().toString()).toList());
        }
    }

    /** What a news site prints under every article: a newsletter box and a word about itself (no pattern knows it). */
    private static final String GAZETTE_FOOTER = "Get the Rivertown Gazette morning briefing in your inbox every weekday: local politics, "
            + "schools, sport and weather from across the valley, written by our newsroom and delivered before seven. Sign up for free "
            + "today and support independent local journalism in Rivertown and the surrounding villages. The Gazette has reported on "
            + "the valley since 1898 and is owned by the Valley Press cooperative, whose members elect its board every spring.";

    private static SourceDocument gazette(String slug, String title, String body) {
        return new SourceDocument(slug, body + "\n\n" + GAZETTE_FOOTER, ContentFormat.TEXT,
                new SourceMetadata(title, "https://www.rivertown-gazette.com/news/2025/10/14/" + slug, "2025-10-14", "en"));
    }

    @Test
    void twoArticlesOfOneSiteThatShareOnlyItsFooterAreNotOneEvent(@TempDir Path data) {
        SourceDocument lanes = gazette("council-bike-lanes", "Council approves two new bike lanes on Mill Street and Harbour Road", """
                The Rivertown city council voted 7 to 2 on Tuesday evening to build protected bike lanes on Mill Street and Harbour Road. \
                Councillor Maria Okafor, who proposed the plan, said the lanes would cost 1.2 million dollars and open next spring. \
                Shop owners on Mill Street had asked the council to keep parking spaces; the approved design removes 14 of them.""");
        SourceDocument bakery = gazette("bakery-centenary", "Hartmann bakery celebrates 100 years with free bread for neighbours", """
                The Hartmann family bakery on Church Lane marked its hundredth birthday on Tuesday by handing out free rye loaves. \
                Fourth-generation baker Jonas Hartmann said the sourdough starter goes back to his great-grandmother Elise, who opened \
                the shop in 1925. Queues stretched around the block by eight, and the local brass band played until noon.""");
        // the page again under another address with a line added: an update keeps its whole text, so it is still seen as a copy
        SourceDocument repost = new SourceDocument("bakery-repost", bakery.text() + "\n\nJonas Hartmann later added that the old oven will be lit again next Sunday.", ContentFormat.TEXT,
                new SourceMetadata(bakery.metadata().title(), "https://www.rivertown-gazette.com/local/bakery-centenary", "2025-10-14", "en"));
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingestDocuments(List.of(lanes, bakery, repost), IngestListener.NONE);
            Map<String, StoryReport.ArticleSummary> articles = bySource(polynews.stories());
            assertThat(articles).containsOnlyKeys("council-bike-lanes", "bakery-centenary", "bakery-repost");
            assertThat(articles.get("bakery-centenary").event()).isNotEqualTo(articles.get("council-bike-lanes").event());
            // the footer is left out of the later page, which keeps the id of its whole text
            Article stored = polynews.find(articles.get("bakery-centenary").id()).orElseThrow().analysis().article();
            assertThat(stored.text()).contains("Hartmann").doesNotContain("Valley Press cooperative");
            assertThat(articles.get("bakery-repost").event()).isEqualTo(articles.get("bakery-centenary").event());
            assertThat(polynews.stories().nearCopies()).isNotEmpty();
        }
    }

    @Test
    void oneSharedNameDoesNotChainTwoStoriesIntoOneStoryline(@TempDir Path data) {
        // A and C share nothing; B shares one name with each. Connected components of single links made this one thread.
        List<SourceDocument> stream = List.of(
                article("a-bridge", "2024-03-04", "en", """
                        A motorway bridge over the Polcevera river in Genoa was closed on Monday after engineers found cracks in two of its pillars.
                        The regional transport office said lorries would be diverted through the port area for at least three weeks.
                        Genoa's mayor Marco Bucci said the city would pay for independent inspections of every bridge built before 1970.
                        Residents of the Certosa district complained that the detour doubled their journey to the hospital.
                        The motorway operator said repairs to the pillars would cost about 14 million euros."""),
                article("b-derby", "2024-03-10", "en", """
                        Sampdoria beat Genoa 2-1 in a tense derby at the Luigi Ferraris stadium on Sunday evening.
                        The winning goal came in the 88th minute from a corner that Genoa's goalkeeper failed to hold.
                        Among the crowd was Marco Bucci, who had promised a new training ground for the city's youth teams.
                        Carlo Ancelotti, watching from the stands, praised the young Sampdoria midfielders after the match.
                        Police reported no serious incidents outside the stadium."""),
                article("c-madrid", "2024-03-15", "en", """
                        Real Madrid coach Carlo Ancelotti signed a contract extension on Friday that keeps him at the club until 2026.
                        The Italian, who has won the Champions League four times as a coach, said he wanted to finish his career in Madrid.
                        Club president Florentino Perez said the agreement had been reached in a single meeting at Valdebebas.
                        Ancelotti's assistant Davide Ancelotti will also stay, the club said in a statement.
                        Real Madrid lead La Liga by eight points with ten matches left."""));
        StoryReport report;
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingestDocuments(stream, IngestListener.NONE);
            report = polynews.stories();
        }
        Map<String, StoryReport.ArticleSummary> articles = bySource(report);
        assertThat(articles.get("a-bridge").storyline()).isNotEqualTo(articles.get("c-madrid").storyline());
        assertThat(report.events()).hasSize(3);
        // untitled texts are labelled by their first sentence, shortened at a word
        assertThat(articles.get("a-bridge").title()).startsWith("A motorway bridge over the Polcevera river in Genoa").endsWith("…")
                .hasSizeLessThanOrEqualTo(Article.LABEL_LENGTH + 1);
        assertThat(report.events()).extracting(StoryReport.EventSummary::title).doesNotContainNull();
    }

    @Test
    void aHindiAndAnEnglishReportOfOneEventJoin(@TempDir Path data) {
        List<SourceDocument> stream = List.of(
                article("flood-en", "2024-07-02", "en", """
                        Heavy monsoon rain flooded large parts of Mumbai on Tuesday, killing 14 people and stopping suburban trains for nine hours.
                        Prime Minister Narendra Modi spoke to Maharashtra's chief minister Eknath Shinde and promised help from the national disaster force.
                        The weather office recorded 310 millimetres of rain in 24 hours at Santacruz, the heaviest July rainfall since 2005.
                        More than 2,500 people were moved to schools and community halls in Kurla and Andheri."""),
                article("flood-hi", "2024-07-02", "hi", """
                        मंगलवार को भारी मानसूनी बारिश से मुंबई के बड़े हिस्से में बाढ़ आ गई, जिसमें 14 लोगों की मौत हो गई और उपनगरीय ट्रेनें नौ घंटे तक रुकी रहीं।
                        प्रधानमंत्री नरेंद्र मोदी ने महाराष्ट्र के मुख्यमंत्री एकनाथ शिंदे से बात की और राष्ट्रीय आपदा बल की मदद का वादा किया।
                        मौसम विभाग ने सांताक्रूज़ में 24 घंटों में 310 मिलीमीटर बारिश दर्ज की, जो 2005 के बाद जुलाई की सबसे भारी बारिश है।
                        कुर्ला और अंधेरी में 2,500 से अधिक लोगों को स्कूलों और सामुदायिक भवनों में ले जाया गया।"""),
                article("election-en", "2024-07-02", "en", """
                        Voters in the Netherlands will elect a new parliament in October after the governing coalition collapsed over asylum rules.
                        The caretaker prime minister said the campaign would focus on housing and energy prices.
                        Opinion polls give the largest party about 20 percent of the vote."""));
        StoryReport report;
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingestDocuments(stream, IngestListener.NONE);
            report = polynews.stories();
        }
        Map<String, StoryReport.ArticleSummary> articles = bySource(report);
        assertThat(articles.get("flood-hi").language()).isEqualTo("hi");
        assertThat(articles.get("flood-hi").event()).isEqualTo(articles.get("flood-en").event());
        assertThat(articles.get("election-en").event()).isNotEqualTo(articles.get("flood-en").event());
    }

    @Test
    void anUntitledArticleIsLabelledByItsFirstSentenceInAnyScript() {
        Article hindi = new Article("x", null, null, null, null, null, null,
                List.of("मुंबई में भारी बारिश हुई। प्रधानमंत्री ने मदद का वादा किया।"));
        assertThat(hindi.label()).isEqualTo("मुंबई में भारी बारिश हुई।");
        Article english = new Article("y", null, null, null, null, null, null,
                List.of("A ferry ran aground off Paros on Sunday. All passengers were taken off safely."));
        assertThat(english.label()).isEqualTo("A ferry ran aground off Paros on Sunday.");
        Article titled = new Article("z", null, null, "Ferry aground off Paros", null, null, null, List.of("A ferry ran aground."));
        assertThat(titled.label()).isEqualTo("Ferry aground off Paros");
    }

    @Test
    void idsSurviveUnrelatedArrivals(@TempDir Path data) {
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingest(List.of(ExampleGroupingTest.EXAMPLES.resolve("articles").toString()), () -> System.in, IngestListener.NONE);
            StoryReport before = polynews.stories();
            polynews.ingestDocuments(List.of(
                    article("ferry", "2025-06-01", "en", """
                            A ferry carrying 300 passengers ran aground off the Greek island of Paros on Sunday; all were taken off safely by coast guard boats.
                            The ministry of shipping said the captain had been detained while investigators examine the ship's navigation records."""),
                    article("wheat", "2025-06-02", "de", """
                            Die Weizenpreise an der Börse in Chicago sind am Montag um vier Prozent gestiegen, nachdem Trockenheit in Kansas die Ernteprognosen gedrückt hat.
                            Händler rechnen mit weiter steigenden Preisen, falls der Regen auch in der kommenden Woche ausbleibt.""")),
                    IngestListener.NONE);
            StoryReport after = polynews.stories();
            Map<String, StoryReport.ArticleSummary> was = bySource(before);
            Map<String, StoryReport.ArticleSummary> is = bySource(after);
            was.forEach((source, a) -> {
                assertThat(is.get(source).event()).as("event of " + source).isEqualTo(a.event());
                assertThat(is.get(source).storyline()).as("storyline of " + source).isEqualTo(a.storyline());
            });
        }
    }

    @Test
    void reverseOrderGivesTheSameGrouping(@TempDir Path forward, @TempDir Path reverse) throws IOException {
        List<String> files;
        try (Stream<Path> paths = Files.list(ExampleGroupingTest.EXAMPLES.resolve("articles"))) {
            files = new ArrayList<>(paths.map(Path::toString).sorted().toList());
        }
        Map<String, StoryReport.ArticleSummary> inOrder;
        try (Polynews polynews = Polynews.open(forward)) {
            for (String file : files) {
                polynews.ingest(List.of(file), () -> System.in, IngestListener.NONE);
            }
            inOrder = bySource(polynews.stories());
        }
        Collections.reverse(files);
        Map<String, StoryReport.ArticleSummary> reversed;
        try (Polynews polynews = Polynews.open(reverse)) {
            for (String file : files) {
                polynews.ingest(List.of(file), () -> System.in, IngestListener.NONE);
            }
            reversed = bySource(polynews.stories());
        }
        List<String> names = inOrder.keySet().stream().sorted().toList();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                assertThat(reversed.get(a).event().equals(reversed.get(b).event()))
                        .as("%s and %s in one event", a, b)
                        .isEqualTo(inOrder.get(a).event().equals(inOrder.get(b).event()));
                assertThat(reversed.get(a).storyline().equals(reversed.get(b).storyline()))
                        .as("%s and %s in one storyline", a, b)
                        .isEqualTo(inOrder.get(a).storyline().equals(inOrder.get(b).storyline()));
            }
        }
    }

    @Test
    void everyLinkSaysWhy(@TempDir Path data) {
        try (Polynews polynews = Polynews.open(data)) {
            polynews.ingest(List.of(ExampleGroupingTest.EXAMPLES.resolve("articles").toString()), () -> System.in, IngestListener.NONE);
            StoryReport report = polynews.stories();
            StorylineModel model = StorylineModel.bundled(Polynews.jsonMapper());
            List<StoryReport.EventSummary> joined = report.events().stream().filter(e -> e.link() != null).toList();
            assertThat(joined).isNotEmpty();
            joined.forEach(e -> {
                assertThat(e.link().storyline()).isEqualTo(e.storyline());
                assertThat(e.link().score()).isGreaterThanOrEqualTo(model.thresholds().values().stream().mapToDouble(Double::doubleValue).min().orElse(0.5) - 0.001);
                assertThat(e.link().names().size() + e.link().places().size() + e.link().words().size()).isPositive();
            });
        }
    }
}
