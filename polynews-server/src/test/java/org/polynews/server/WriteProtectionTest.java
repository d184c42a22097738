package org.polynews.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Token for writes, open reads, writes from other sites' pages and other host names refused, and the body size limit. */
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
    void anotherSitesPageCannotWriteAndAnotherNameCannotReachTheServer(@TempDir Path data) throws Exception {
        try (LoopbackServer http = new LoopbackServer(data, ServerSettings.loopback(0))) {
            // what a browser sends when a page of another site posts plain text to the local server
            LoopbackServer.Answer forged = http.send(HttpRequest.newBuilder(http.uri("/api/articles"))
                    .header("Content-Type", "text/plain").header("Origin", "https://news-quiz.example")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ARTICLE)).build());
            assertThat(forged.status()).isEqualTo(403);
            assertThat(forged.json().get("error").asText()).contains("news-quiz.example");
            LoopbackServer.Answer referred = http.send(HttpRequest.newBuilder(http.uri("/api/articles"))
                    .header("Content-Type", "application/json").header("Referer", "https://news-quiz.example/quiz.html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ARTICLE)).build());
            assertThat(referred.status()).isEqualTo(403);
            assertThat(http.get("/api/health").json().get("articles").asInt()).isZero();

            String own = "http://" + http.uri("/").getRawAuthority();
            LoopbackServer.Answer fromOwnPage = http.send(HttpRequest.newBuilder(http.uri("/api/articles"))
                    .header("Content-Type", "application/json").header("Origin", own)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ARTICLE)).build());
            assertThat(fromOwnPage.status()).isEqualTo(201);
            assertThat(http.get("/").body()).isNotEmpty();
            assertThat(http.send(HttpRequest.newBuilder(http.uri("/")).GET().build()).status()).isEqualTo(200);

            assertThat(statusLine(http.uri("/"), "rebound.example")).contains(" 403 ");
            assertThat(statusLine(http.uri("/"), "localhost:" + http.uri("/").getPort())).contains(" 200 ");
        }
    }

    /** The status line of a GET sent with this Host header (Java's HTTP client will not send one of its own choosing). */
    private static String statusLine(URI server, String host) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
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
