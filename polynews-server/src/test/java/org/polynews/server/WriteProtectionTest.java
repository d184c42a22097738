package org.polynews.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Token for writes, open reads, and the body size limit. */
class WriteProtectionTest {
    static final byte[] ARTICLE = """
            {"title": "Snow closes Brenner pass", "published": "2026-01-12",
             "text": "Heavy snow closed the Brenner pass between Austria and Italy on Monday, and lorries queued for kilometres near Innsbruck."}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void writesNeedTheTokenAndReadsDoNot(@TempDir Path data) throws Exception {
        try (LoopbackServer http = new LoopbackServer(data, ServerSettings.loopback(0).withToken("s3cret"))) {
            LoopbackServer.Answer anonymous = http.post("/api/articles", "application/json", ARTICLE, null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("error").asText()).contains("Authorization: Bearer");
            assertThat(http.post("/api/articles", "application/json", ARTICLE, "guess").status()).isEqualTo(401);
            assertThat(http.get("/api/health").json().get("articles").asInt()).isZero();

            LoopbackServer.Answer allowed = http.post("/api/articles", "application/json", ARTICLE, "s3cret");
            assertThat(allowed.status()).isEqualTo(201);
            assertThat(http.get("/api/articles").json().get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void bodiesOverTheLimitAreRefused(@TempDir Path data) throws Exception {
        try (LoopbackServer http = new LoopbackServer(data, ServerSettings.loopback(0).withMaxBody(100))) {
            LoopbackServer.Answer big = http.post("/api/articles", "application/json", ARTICLE, null);
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.json().get("error").asText()).contains("100 bytes");
            assertThat(http.get("/api/health").json().get("articles").asInt()).isZero();
        }
    }
}
