package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polynews.cli.CliTest.run;

class ExtractAndEvalCliTest {
    static final Path EXAMPLES = Path.of("..", "examples", "articles");

    @Test
    void extractPrintsEachArticleAsJsonLinesWithoutAStore(@TempDir Path dir) throws Exception {
        CliTest.Run r = run("extract", "--format", "jsonl", EXAMPLES.resolve("danube-aid-en.html").toString(),
                EXAMPLES.resolve("danube-flood-fa.txt").toString());
        assertThat(r.exit()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode html = Polynews.jsonMapper().readTree(lines[0]);
        assertThat(html.get("title").asText()).isEqualTo("EU pledges 400 million euros to rebuild flooded Hungary");
        assertThat(html.get("published").asText()).isEqualTo("2025-09-22");
        assertThat(html.get("date_source").asText()).isEqualTo("meta-tag");
        assertThat(html.get("site").asText()).isEqualTo("Continental Post");
        assertThat(html.get("language").asText()).isEqualTo("en");
        assertThat(html.get("text").asText()).contains("400 million euros").doesNotContain("Home");
        assertThat(Polynews.jsonMapper().readTree(lines[1]).get("language").asText()).isEqualTo("fa");
        assertThat(Files.exists(Path.of("polynews-data"))).as("extract stores nothing").isFalse();
    }

    @Test
    void extractAsOneJsonArrayOrText() throws Exception {
        CliTest.Run json = run("extract", "--format", "json", EXAMPLES.resolve("panda-en.html").toString());
        assertThat(json.exit()).isZero();
        JsonNode array = Polynews.jsonMapper().readTree(json.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        CliTest.Run text = run("extract", EXAMPLES.resolve("panda-en.html").toString());
        assertThat(text.out()).contains("title", "published", "language    en");
    }

    @Test
    void extractReportsWhatItCannotReadAndGoesOn(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("menu.html");
        Files.writeString(empty, "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        CliTest.Run r = run("extract", "--format", "jsonl", dir.resolve("missing.html").toString(), empty.toString(),
                EXAMPLES.resolve("panda-en.html").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("missing.html: no such file", "menu.html: no article text found").doesNotContain("Exception");
        assertThat(r.out().strip().split("\n")).hasSize(1);
    }

    @Test
    void evalExtractionPrintsScoresAndWorstPages(@TempDir Path dir) throws Exception {
        Path bench = dir.resolve("bench");
        Files.createDirectories(bench.resolve("html"));
        Files.copy(EXAMPLES.resolve("danube-aid-en.html"), bench.resolve("html/aid.html"));
        Files.copy(EXAMPLES.resolve("panda-en.html"), bench.resolve("html/panda.html"));
        Files.writeString(bench.resolve("evaldata.json"), """
                {"aid": {"file": "aid.html", "with": ["400 million euros"], "without": ["Home"]},
                 "panda": {"file": "panda.html", "with": ["a sentence that is not on the page"], "without": []}}""");
        CliTest.Run json = run("eval", "extraction", bench.toString(), "--format", "json", "--worst", "1");
        assertThat(json.exit()).isZero();
        JsonNode report = Polynews.jsonMapper().readTree(json.out());
        assertThat(report.get("pages").asInt()).isEqualTo(2);
        assertThat(report.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(report.get("recall").asDouble()).isEqualTo(0.5);
        assertThat(report.get("f1").asDouble()).isCloseTo(0.6667, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(report.get("pages_per_second").asDouble()).isPositive();
        assertThat(report.get("worst").get(0).get("file").asText()).isEqualTo("html/panda.html");

        CliTest.Run table = run("eval", "extraction", bench.toString(), "--worst", "5", "-q");
        assertThat(table.out()).contains("body snippets (trafilatura): 2 pages", "F1         0.667", "pages/s", "worst pages", "missed \"a sentence");

        CliTest.Run wrongKind = run("eval", "dates", bench.toString());
        assertThat(wrongKind.exit()).isEqualTo(1);
        assertThat(wrongKind.err()).contains("holds body snippets (trafilatura); use polynews eval extraction");

        CliTest.Run notABenchmark = run("eval", "extraction", dir.toString());
        assertThat(notABenchmark.exit()).isEqualTo(1);
        assertThat(notABenchmark.err()).contains(dir + ": not a benchmark folder").doesNotContain("Exception");
    }
}
