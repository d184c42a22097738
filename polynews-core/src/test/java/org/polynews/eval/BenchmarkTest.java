package org.polynews.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.extract.Article;
import org.polynews.extract.DateSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Scoring as the public benchmarks define it, on benchmark folders written for the test. */
class BenchmarkTest {
    static Article article(String text, LocalDate published) {
        return new Article("t", null, null, null, null, published, DateSource.META_TAG, List.of(text));
    }

    @Test
    void shinglesCountSharedExtraAndMissedFourWordRuns() {
        // gold shingles: [a b c d], [b c d e]; found: [a b c d], [b c d x] → tp 1, fp 1, fn 1, each a third
        PageScore score = new ExpectedBody("a b c d e").score(article("a b c d x", null));
        assertThat(score.truePositives()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(new ExpectedBody("One, two; three four!").score(article("one two three four", null)).f1())
                .as("tokens are \\w+ runs and case counts").isZero();
        assertThat(new ExpectedBody("Just three words").score(article("Just three words", null)).f1())
                .as("texts shorter than a shingle are one shorter shingle").isEqualTo(1.0);
        assertThat(new ExpectedBody("some body text here").score(null).precision()).isNaN();
    }

    @Test
    void snippetsFoundWantedOrUnwanted() {
        ExpectedSnippets expected = new ExpectedSnippets(List.of("the port reopened", "twenty ships"), List.of("Share on Facebook"));
        PageScore score = expected.score(article("After the storm the port\nreopened. Share on Facebook", null));
        assertThat(score.truePositives()).isEqualTo(1);
        assertThat(score.falseNegatives()).isEqualTo(1);
        assertThat(score.falsePositives()).isEqualTo(1);
        assertThat(score.detail()).contains("missed \"twenty ships\"", "kept \"Share on Facebook\"");
    }

    @Test
    void datesRightWrongOrMissing() {
        ExpectedDate expected = new ExpectedDate(LocalDate.of(2020, 1, 5));
        assertThat(expected.score(article("x", LocalDate.of(2020, 1, 5))).f1()).isEqualTo(1.0);
        assertThat(expected.score(article("x", LocalDate.of(2020, 1, 6))).falsePositives()).isEqualTo(1);
        assertThat(expected.score(article("x", null)).falseNegatives()).isEqualTo(1);
    }

    @Test
    void scrapinghubMeansOverPagesOthersSumOverPages() {
        List<PageResult> results = List.of(
                new PageResult("a", "a", new PageScore(1, 0, 0, ""), null),
                new PageResult("b", "b", new PageScore(1, 3, 0, ""), null));
        assertThat(BenchmarkReport.of(BenchmarkFormat.SCRAPINGHUB, results, 1, 1, List.of()).precision()).isCloseTo((1 + 0.25) / 2, within(1e-9));
        assertThat(BenchmarkReport.of(BenchmarkFormat.TRAFILATURA, results, 1, 1, List.of()).precision()).isCloseTo(2 / 5.0, within(1e-9));
        assertThat(BenchmarkReport.of(BenchmarkFormat.TRAFILATURA, results, 1, 1, List.of()).worst(5)).extracting(PageResult::id).containsExactly("b");
    }

    @Test
    void eachFormatIsRecognisedAndRunEndToEnd(@TempDir Path dir) throws Exception {
        String page = """
                <html><head><meta property="article:published_time" content="2023-06-01T09:00:00Z"></head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry service resumes</h1>
                <p>The ferry between the two islands resumed service on Thursday after repairs to the harbour wall were completed.</p>
                <p>Islanders had relied on a small fishing boat for supplies during the three weeks of closure.</p></article>
                <div class="comments"><p>Finally! We waited so long for this, thanks to all the workers who made it possible.</p></div>
                </body></html>""";
        Path scrapinghub = benchmark(dir.resolve("sh"), "ground-truth.json", """
                {"p1": {"url": "https://example.org/ferry", "articleBody": "The ferry between the two islands resumed service on Thursday after repairs to the harbour wall were completed.\\n\\nIslanders had relied on a small fishing boat for supplies during the three weeks of closure."}}""",
                "p1.html.gz", page);
        Path trafilatura = benchmark(dir.resolve("tr"), "evaldata.json", """
                {"https://example.org/ferry": {"file": "ferry.html", "with": ["resumed service on Thursday", "small fishing boat"], "without": ["Finally! We waited", "Home"]},
                 "https://example.org/gone": {"file": "gone.html", "with": ["x"], "without": []}}""",
                "ferry.html.gz", page);
        Path dates = benchmark(dir.resolve("hd"), "eval.json", """
                {"https://example.org/ferry": {"file": "ferry.html", "date": "2023-06-01"}}""", "ferry.html.gz", page);

        BenchmarkLoader loader = new BenchmarkLoader(Polynews.jsonMapper());
        ExtractionBenchmark runner = new ExtractionBenchmark(new Pipeline(Polynews.jsonMapper()));
        BenchmarkReport sh = runner.run(loader.load(scrapinghub), 0, (done, total) -> { });
        assertThat(sh.format()).isEqualTo(BenchmarkFormat.SCRAPINGHUB);
        assertThat(sh.f1()).isEqualTo(1.0);
        BenchmarkReport tr = runner.run(loader.load(trafilatura), 0, (done, total) -> { });
        assertThat(tr.pages()).isEqualTo(1);
        assertThat(tr.missingFiles()).containsExactly("gone.html");
        assertThat(tr.f1()).isEqualTo(1.0);
        BenchmarkReport hd = runner.run(loader.load(dates), 1, (done, total) -> { });
        assertThat(hd.format().isDateBenchmark()).isTrue();
        assertThat(hd.f1()).isEqualTo(1.0);
        assertThat(hd.pagesPerSecond()).isPositive();
    }

    @Test
    void unusableFoldersAreRefusedWithTheirPath(@TempDir Path dir) throws Exception {
        BenchmarkLoader loader = new BenchmarkLoader(Polynews.jsonMapper());
        assertThatThrownBy(() -> loader.load(dir.resolve("nope"))).hasMessageContaining("nope").hasMessageContaining("no such folder");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("not a benchmark folder");
        Files.writeString(dir.resolve("eval.json"), "{\"u\": {\"file\": \"a.html\", \"date\": \"5 June\"}}");
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/a.html"), "<p>x</p>");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("eval.json").hasMessageContaining("unreadable date \"5 June\"");
        Files.writeString(dir.resolve("eval.json"), "{\"u\": ");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("eval.json: not valid JSON");
    }

    static Path benchmark(Path dir, String index, String json, String pageName, String html) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve(index), json);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(pageName)))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }
}
