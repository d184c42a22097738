package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** eval clustering, train clustering and train background, end to end on the project's own examples. */
class ClusteringCliTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    final ObjectMapper json = Polynews.jsonMapper();

    /** The examples' plain-text articles as a labelled file: their true event and storyline from expected.json. */
    private Path goldFile(Path dir) throws IOException {
        JsonNode expected = json.readTree(EXAMPLES.resolve("expected.json").toFile());
        Map<String, String> storylineOfEvent = new HashMap<>();
        expected.get("storylines").fields().forEachRemaining(s -> s.getValue().forEach(e -> storylineOfEvent.put(e.asText(), s.getKey())));
        List<String> lines = new ArrayList<>();
        var events = expected.get("events").fields();
        while (events.hasNext()) {
            var event = events.next();
            for (JsonNode file : event.getValue()) {
                String text = new String(Files.readAllBytes(EXAMPLES.resolve("articles").resolve(file.asText())), StandardCharsets.UTF_8);
                if (!file.asText().endsWith(".txt") || text.contains("\uFFFD")) {
                    continue; // pages and texts in other encodings: the JSON carries plain UTF-8 text
                }
                ObjectNode line = json.createObjectNode();
                line.put("id", file.asText());
                line.put("text", text);
                line.put("event", event.getKey());
                line.put("storyline", storylineOfEvent.get(event.getKey()));
                lines.add(json.writeValueAsString(line));
            }
        }
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, lines, StandardCharsets.UTF_8);
        return gold;
    }

    @Test
    void evalClusteringScoresTheExamplesAndRegroupsWithoutReading(@TempDir Path dir) throws IOException {
        Path gold = goldFile(dir);
        Path mix = dir.resolve("mix.jsonl");
        Files.writeString(mix, """
                {"text": "The central bank of Norway kept its main interest rate at 4.5 percent on Thursday and said it expected to cut it once in the autumn. Governor Ida Wolden Bache said inflation was falling more slowly than hoped.", "language": "en"}
                {"text": "Im Hamburger Hafen ist am Mittwoch ein Containerschiff auf Grund gelaufen. Schlepper befreiten die Anna Maersk nach sechs Stunden, verletzt wurde niemand."}
                """);
        Path data = dir.resolve("data");
        CliTest.Run run = CliTest.run("eval", "clustering", gold.toString(), "--mix", mix.toString(), "--data", data.toString(), "--order-check",
                "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = json.readTree(run.out());
        assertThat(report.get("mixed_articles").asInt()).isEqualTo(2);
        assertThat(report.get("gold_articles").asInt()).isGreaterThan(20);
        assertThat(report.at("/events/precision_storyline").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/events/recall").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.at("/events/recall_by_language_pair/ar-en/pairs").asInt()).isPositive();
        assertThat(report.at("/storylines/bcubed_f1").asDouble()).isGreaterThanOrEqualTo(0.9);
        // the examples grouped in reverse order come out the same
        assertThat(report.at("/order_check/events_labelled").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/order_check/storylines_all").asDouble()).isGreaterThanOrEqualTo(0.95);

        CliTest.Run regroup = CliTest.run("eval", "clustering", gold.toString(), "--mix", mix.toString(), "--data", data.toString(), "--regroup");
        assertThat(regroup.exit()).as(regroup.err()).isZero();
        assertThat(regroup.out()).contains("regrouped", "BCubed precision", "recall by language pair");

        Path models = Files.createDirectory(dir.resolve("models"));
        CliTest.Run train = CliTest.run("train", "clustering", gold.toString(), "--mix", mix.toString(), "--data", data.toString(), "-o", models.toString());
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.out()).contains("same event, cross-validated", "same storyline, cross-validated", "dated", "weights:");
        assertThat(json.readTree(models.resolve("event-model.json").toFile()).get("features").get(0).asText()).isEqualTo("constant");
        JsonNode storyline = json.readTree(models.resolve("storyline-model.json").toFile());
        assertThat(storyline.get("features").get(0).asText()).isEqualTo("constant");
        assertThat(storyline.at("/thresholds/dated").asDouble()).isBetween(0.5, 1.0);
    }

    @Test
    void badClusteringInputIsOneLineAndExitOne(@TempDir Path dir) throws IOException {
        CliTest.Run missing = CliTest.run("eval", "clustering", dir.resolve("nope.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.jsonl").contains("no such file").doesNotContain("Exception");

        Path unlabelled = dir.resolve("unlabelled.jsonl");
        Files.writeString(unlabelled, "{\"id\": \"x\", \"text\": \"Some text without labels.\"}\n");
        CliTest.Run noLabels = CliTest.run("eval", "clustering", unlabelled.toString());
        assertThat(noLabels.exit()).isEqualTo(1);
        assertThat(noLabels.err()).contains("no article has an \"event\" or \"storyline\" label");

        CliTest.Run regroupWithoutData = CliTest.run("eval", "clustering", unlabelled.toString(), "--regroup");
        assertThat(regroupWithoutData.exit()).isEqualTo(2);
    }

    @Test
    void trainBackgroundWeighsWordsByHowCommonTheyAre(@TempDir Path dir) throws IOException {
        Path lists = dir.resolve("lists");
        Files.createDirectories(lists);
        writeGzip(lists.resolve("en_50k.txt.gz"), "the 500000\nsaid 80000\ngovernment 4000\nflood 900\nparliament 300\n");
        writeGzip(lists.resolve("de_50k.txt.gz"), "der 400000\nregierung 3000\nhochwasser 200\n");
        Path out = dir.resolve("background.bin.gz");
        CliTest.Run run = CliTest.run("train", "background", lists.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("from 2 word lists");
        var stats = org.polynews.similarity.BackgroundStatistics.read(Files.newInputStream(out));
        assertThat(stats.idf("t:en:said")).isLessThan(stats.idf("t:en:govern"));
        assertThat(stats.idf("t:en:govern")).isLessThan(stats.idf("t:en:parliament"));
        assertThat(stats.idf("t:de:hochwass")).as("the German list is in the table").isLessThan(stats.unknownIdf());
        assertThat(stats.header()).as("the table says where it comes from and its licence").anyMatch(l -> l.contains("CC BY-SA 4.0"));
        assertThat(stats.idf("t:en:never-seen-word")).isEqualTo(stats.unknownIdf());

        CliTest.Run empty = CliTest.run("train", "background", dir.resolve("nothing-here").toString());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("no such folder");
    }

    private static void writeGzip(Path file, String content) throws IOException {
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
