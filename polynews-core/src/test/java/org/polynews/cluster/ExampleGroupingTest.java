package org.polynews.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.IngestListener;
import org.polynews.IngestReport;
import org.polynews.Polynews;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the engine on the project's own multilingual examples and checks it recovers their grouping. */
class ExampleGroupingTest {
    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    static Path data;
    static StoryReport report;
    static IngestReport ingest;
    static JsonNode expected;

    @BeforeAll
    static void ingestExamples() throws Exception {
        try (Polynews polynews = Polynews.open(data)) {
            ingest = polynews.ingest(List.of(EXAMPLES.resolve("articles").toString()), () -> System.in, IngestListener.NONE);
            report = polynews.stories();
        }
        expected = Polynews.jsonMapper().readTree(EXAMPLES.resolve("expected.json").toFile());
    }

    @Test
    void everyExampleIsReadAndStored() {
        assertThat(ingest.skipped()).isEmpty();
        assertThat(report.articles()).hasSize(30);
        assertThat(report.articles()).extracting(StoryReport.ArticleSummary::language).contains("en", "ar", "fa", "de", "es", "fr", "it", "ru", "tr", "pl", "zh");
    }

    @Test
    void eventsMatchTheTrueGroupingPairwise() {
        Map<String, String> predicted = byFile(StoryReport.ArticleSummary::event);
        Map<String, String> truth = new HashMap<>();
        expected.get("events").fields().forEachRemaining(e -> e.getValue().forEach(f -> truth.put(f.asText(), e.getKey())));
        double[] pr = pairwise(predicted, truth);
        System.out.printf("examples: events pairwise precision %.3f recall %.3f%n", pr[0], pr[1]);
        assertThat(pr[0]).as("pairwise precision of events").isGreaterThanOrEqualTo(0.9);
        assertThat(pr[1]).as("pairwise recall of events").isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void storylinesMatchTheTrueGroupingPairwise() {
        Map<String, String> predicted = byFile(StoryReport.ArticleSummary::storyline);
        Map<String, String> eventToStory = new HashMap<>();
        expected.get("storylines").fields().forEachRemaining(e -> e.getValue().forEach(ev -> eventToStory.put(ev.asText(), e.getKey())));
        Map<String, String> truth = new HashMap<>();
        expected.get("events").fields().forEachRemaining(e -> e.getValue().forEach(f -> truth.put(f.asText(), eventToStory.get(e.getKey()))));
        double[] pr = pairwise(predicted, truth);
        System.out.printf("examples: storylines pairwise precision %.3f recall %.3f%n", pr[0], pr[1]);
        assertThat(pr[0]).as("pairwise precision of storylines").isGreaterThanOrEqualTo(0.9);
        assertThat(pr[1]).as("pairwise recall of storylines").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theRepostIsFlaggedAsNearCopy() {
        Map<String, String> idByFile = byFile(StoryReport.ArticleSummary::id);
        String original = idByFile.get("cable-work-en.txt");
        String repost = idByFile.get("cable-work-en-repost.html");
        assertThat(report.nearCopies()).anySatisfy(n -> assertThat(List.of(n.first(), n.second())).containsExactlyInAnyOrder(original, repost));
    }

    @Test
    void reingestingChangesNothing() throws Exception {
        try (Polynews polynews = Polynews.open(data)) {
            IngestReport again = polynews.ingest(List.of(EXAMPLES.resolve("articles").toString()), () -> System.in, IngestListener.NONE);
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(30);
            assertThat(polynews.stories().events()).extracting(StoryReport.EventSummary::id)
                    .containsExactlyInAnyOrderElementsOf(report.events().stream().map(StoryReport.EventSummary::id).toList());
        }
        assertThat(Files.exists(data.resolve("grouping.db"))).isTrue();
    }

    /** A value of each example article, by its file name. */
    static Map<String, String> byFile(Function<StoryReport.ArticleSummary, String> value) {
        Map<String, String> out = new HashMap<>();
        report.articles().forEach(a -> out.put(Path.of(a.source()).getFileName().toString(), value.apply(a)));
        return out;
    }

    /** Pairwise precision and recall of a clustering against the truth. */
    static double[] pairwise(Map<String, String> predicted, Map<String, String> truth) {
        List<String> items = truth.keySet().stream().sorted().toList();
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean same = truth.get(items.get(i)).equals(truth.get(items.get(j)));
                boolean guessed = predicted.get(items.get(i)) != null && predicted.get(items.get(i)).equals(predicted.get(items.get(j)));
                if (same && guessed) tp++;
                else if (guessed) fp++;
                else if (same) fn++;
            }
        }
        return new double[] {tp + fp == 0 ? 1 : tp / (double) (tp + fp), tp + fn == 0 ? 1 : tp / (double) (tp + fn)};
    }
}
