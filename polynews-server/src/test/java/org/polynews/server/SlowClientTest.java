package org.polynews.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients that stall cannot take the server from the others, and a body without a length is still held to the limit. */
class SlowClientTest {
    /** A socket to the server from a loopback address of its own (127.0.0.N): another client, as the server sees it. */
    private static Socket from(String address, URI server) throws Exception {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5000);
        socket.setSoTimeout(5000);
        return socket;
    }

    @Test
    void stalledUploadsAndHalfSentHeadersLeaveEveryoneElseAnswered(@TempDir Path data) throws Exception {
        ServerSettings settings = ServerSettings.loopback(0);
        try (LoopbackServer http = new LoopbackServer(data, settings)) {
            URI uri = http.server.uri();
            List<Socket> stalled = new ArrayList<>();
            try {
                // more stalled connections than the server has threads, from three clients, each up to its own limit:
                // they announce a body they never send, or stop mid-header
                for (String client : List.of("127.0.0.2", "127.0.0.3", "127.0.0.4")) {
                    for (int i = 0; i < settings.connectionsPerClient(); i++) {
                        Socket socket = from(client, uri);
                        OutputStream out = socket.getOutputStream();
                        String request = i % 2 == 0
                                ? "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nHeavy snow"
                                : "GET /api/health HTTP/1.1\r\nHost: local";
                        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        stalled.add(socket);
                    }
                }
                assertThat(stalled.size()).isGreaterThan(settings.threads());
                HttpRequest health = HttpRequest.newBuilder(http.uri("/api/health")).timeout(Duration.ofSeconds(10)).build();
                assertThat(http.send(health).status()).isEqualTo(200);
                assertThat(http.post("/api/articles", "application/json", WriteProtectionTest.ARTICLE, null).status()).isEqualTo(201);

                // one more from a client at its limit is closed at once; the others keep theirs
                try (Socket extra = from("127.0.0.2", uri)) {
                    assertThat(extra.getInputStream().read()).as("closed by the server").isEqualTo(-1);
                }
                assertThat(http.send(health).status()).isEqualTo(200);
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aClientIsAnsweredAfterManyMoreConnectionsThanItsLimitOneAfterAnother(@TempDir Path data) throws Exception {
        ServerSettings settings = ServerSettings.loopback(0);
        try (LoopbackServer http = new LoopbackServer(data, settings)) {
            URI uri = http.server.uri();
            for (int i = 0; i < 3 * settings.connectionsPerClient(); i++) {
                try (Socket socket = from("127.0.0.5", uri)) {
                    socket.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
                    assertThat(status).as("connection %d", i + 1).isEqualTo("HTTP/1.1 200");
                }
            }
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413(@TempDir Path data) throws Exception {
        ServerSettings small = ServerSettings.loopback(0).withMaxBody(2048);
        try (LoopbackServer http = new LoopbackServer(data, small)) {
            byte[] big = "Heavy snow closed the Brenner pass. ".repeat(200).getBytes(StandardCharsets.UTF_8);
            // a body from a stream has no Content-Length: it is sent chunked, so only counting it can refuse it
            HttpRequest request = HttpRequest.newBuilder(http.uri("/api/articles")).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
            LoopbackServer.Answer answer = http.send(request);
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().get("error").asText()).contains("2048 bytes");
            assertThat(http.get("/api/health").json().get("articles").asInt()).isZero();
        }
    }
}
