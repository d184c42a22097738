package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** bench ingest, end to end on a small stream made from three texts. */
class BenchCliTest {
    @Test
    void benchIngestFillsAStoreAndReportsEachCheckpoint(@TempDir Path dir) throws IOException {
        Path texts = dir.resolve("texts.jsonl");
        Files.writeString(texts, """
                {"text": "The central bank of Norway kept its main interest rate at 4.5 percent on Thursday. It said it expected to cut it once in the autumn. Governor Ida Wolden Bache said inflation was falling more slowly than hoped. Economists had expected the decision."}
                {"text": "Im Hamburger Hafen ist am Mittwoch ein Containerschiff auf Grund gelaufen. Schlepper befreiten die Anna Maersk nach sechs Stunden. Verletzt wurde niemand. Die Wasserschutzpolizei ermittelt."}
                {"text": "A ferry carrying 300 passengers ran aground off the Greek island of Paros on Sunday. All were taken off safely by coast guard boats. The captain was detained. The ministry said divers would inspect the hull."}
                """);
        Path data = dir.resolve("store");
        CliTest.Run run = CliTest.run("bench", "ingest", texts.toString(), "--articles", "24", "--data", data.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode checkpoints = Polynews.jsonMapper().readTree(run.out());
        assertThat(checkpoints).hasSize(1);
        JsonNode last = checkpoints.get(0);
        assertThat(last.get("articles").asLong()).isEqualTo(24);
        assertThat(last.get("articles_per_second").asDouble()).isPositive();
        assertThat(last.get("index_bytes_per_article").asDouble()).isPositive();
        assertThat(last.at("/search/p99").asDouble()).isGreaterThanOrEqualTo(last.at("/search/p50").asDouble());
        try (Polynews store = Polynews.open(data)) {
            assertThat(store.size()).as("24 articles (two retellings of four sentences may come out alike)").isBetween(20, 24);
        }

        CliTest.Run again = CliTest.run("bench", "ingest", texts.toString(), "--articles", "24", "--data", data.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not empty");
    }
}
