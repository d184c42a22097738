package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polynews.cli.CliTest.run;

class SimilarityCliTest {
    static final Path EXAMPLES = Path.of("..", "examples", "articles");

    /** Judged pairs made from the project's own examples: same event scores 1.5, same storyline 2.5, unrelated 4. */
    static Path pairs(Path dir) throws Exception {
        String[][] rows = {
                {"cable-deal-en.txt", "cable-deal-es.txt", "1.5"}, {"cable-deal-en.txt", "cable-deal-fr.txt", "1.5"},
                {"danube-flood-en.txt", "danube-flood-de.txt", "1.5"}, {"tehran-smog-en.txt", "tehran-smog-tr.txt", "1.5"},
                {"danube-flood-en.txt", "danube-inquiry-en.txt", "2.5"}, {"cable-deal-en.txt", "cable-work-en.txt", "2.5"},
                {"danube-flood-en.txt", "panda-en.html", "4"}, {"tehran-smog-en.txt", "cable-deal-es.txt", "4"},
                {"panda-pl.txt", "tehran-traffic-en.txt", "4"}, {"danube-aid-pl.txt", "cable-work-es.txt", "4"}};
        StringBuilder jsonl = new StringBuilder();
        int i = 0;
        for (String[] r : rows) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("pair_id", "p" + i++);
            line.put("lang1", r[0].replaceAll(".*-(\\w\\w)(-\\w+)?\\.\\w+$", "$1"));
            line.put("lang2", r[1].replaceAll(".*-(\\w\\w)(-\\w+)?\\.\\w+$", "$1"));
            line.put("text1", Files.readString(EXAMPLES.resolve(r[0])));
            line.put("text2", Files.readString(EXAMPLES.resolve(r[1])));
            double s = Double.parseDouble(r[2]);
            line.put("scores", Map.of("geography", s, "entities", s, "time", s, "narrative", s, "overall", s, "style", 2.0, "tone", 2.0));
            jsonl.append(Polynews.jsonMapper().writeValueAsString(line)).append('\n');
        }
        jsonl.append("{\"pair_id\": \"broken\"\n");
        Path file = dir.resolve("pairs.jsonl");
        Files.writeString(file, jsonl);
        return file;
    }

    @Test
    void evalSimilarityPrintsCorrelationsBaselineAndPredictions(@TempDir Path dir) throws Exception {
        Path file = pairs(dir);
        Path predictions = dir.resolve("predicted.jsonl");
        CliTest.Run r = run("eval", "similarity", file.toString(), "--baseline", "tfidf", "--predictions", predictions.toString(), "--format", "json");
        assertThat(r.exit()).as("a skipped line makes the exit code 1").isEqualTo(1);
        assertThat(r.err()).contains("#11: broken JSON");
        JsonNode json = Polynews.jsonMapper().readTree(r.out());
        assertThat(json.get("pairs").asInt()).isEqualTo(10);
        assertThat(json.get("pearson").get("overall").asDouble()).isGreaterThan(0.5);
        assertThat(json.get("by_language_pair").has("en-es")).isTrue();
        assertThat(json.get("baseline").get("scorer").asText()).isEqualTo("tfidf");
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(10);
        JsonNode first = Polynews.jsonMapper().readTree(lines.get(0));
        assertThat(first.get("pair_id").asText()).isEqualTo("p0");
        List<String> dims = new ArrayList<>();
        first.get("scores").fieldNames().forEachRemaining(dims::add);
        assertThat(dims).containsExactly("geography", "entities", "time", "narrative", "overall", "style", "tone");

        CliTest.Run table = run("eval", "similarity", file.toString(), "-q");
        assertThat(table.out()).contains("Pearson with the judges", "overall", "Overall by language pair", "en-en");
    }

    @Test
    void trainWritesAModelThatItsOwnCrossValidationJudges(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model.json");
        CliTest.Run r = run("train", "similarity", pairs(dir).toString(), "--folds", "2", "-o", model.toString(), "-q");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2-fold cross-validated", "model fitted on all pairs written to " + model);
        JsonNode json = Polynews.jsonMapper().readTree(model.toFile());
        assertThat(json.get("signals").size()).isEqualTo(json.get("dimensions").get("overall").get("coefficients").size());

        CliTest.Run missing = run("eval", "similarity", dir.resolve("nope.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.jsonl: no such file").doesNotContain("Exception");
    }
}
