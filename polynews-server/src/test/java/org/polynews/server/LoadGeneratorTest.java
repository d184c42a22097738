package org.polynews.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;
import org.polynews.server.load.LoadGenerator;
import org.polynews.server.load.LoadReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Concurrent searches and ingests against a loopback server: every request answered, every ingest stored. */
class LoadGeneratorTest {
    @Test
    void concurrentSearchesAndIngestsAllSucceed(@TempDir Path data) throws Exception {
        try (LoopbackServer http = new LoopbackServer(data, ServerSettings.loopback(0).withToken("t0ken"))) {
            for (String name : List.of("danube-flood-en.txt", "danube-flood-de.txt", "tehran-smog-en.txt", "panda-pl.txt")) {
                Path file = LoopbackServer.EXAMPLES.resolve(name);
                assertThat(http.post("/api/articles", "text/plain", Files.readAllBytes(file), "t0ken").status()).isEqualTo(201);
            }
            LoadReport report = new LoadGenerator(Polynews.jsonMapper())
                    .run(new LoadGenerator.Settings(http.server.uri(), 4, 60, 6, "t0ken", 7));
            assertThat(report.errorSamples()).isEmpty();
            assertThat(report.errors()).isZero();
            assertThat(report.kinds()).extracting(LoadReport.Kind::name, LoadReport.Kind::requests)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ingest", 10), org.assertj.core.groups.Tuple.tuple("search", 50));
            assertThat(report.kinds()).allSatisfy(k -> assertThat(k.p99()).isGreaterThanOrEqualTo(k.p50()));
            assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(4 + 10);
            assertThat(http.get("/metrics").body()).contains("polynews_articles_ingested_total 14.0");
        }
    }

    @Test
    void refusesAnEmptyServer(@TempDir Path data) {
        try (LoopbackServer http = new LoopbackServer(data, ServerSettings.loopback(0))) {
            assertThatThrownBy(() -> new LoadGenerator(Polynews.jsonMapper()).run(new LoadGenerator.Settings(http.server.uri(), 2, 10, 0, null, 1)))
                    .hasMessageContaining("no articles");
        }
    }
}
