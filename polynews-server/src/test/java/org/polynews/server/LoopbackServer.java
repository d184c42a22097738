package org.polynews.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.Polynews;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** A real server on a free loopback port over a temporary store, and a client that speaks to it. */
final class LoopbackServer implements AutoCloseable {
    static final Path EXAMPLES = Path.of("..", "examples", "articles");

    final Polynews polynews;
    final PolynewsServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = Polynews.jsonMapper();

    LoopbackServer(Path data, ServerSettings settings) {
        polynews = Polynews.open(data);
        server = new PolynewsServer(polynews, settings, new PrintStream(System.err, true, StandardCharsets.UTF_8)).start();
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    record Answer(int status, String contentType, String body, JsonNode json) {
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Answer post(String path, String contentType, byte[] body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** The whole raw answer to a request line no HTTP client library would send (a malformed escape, say). */
    String raw(String target) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode parsed = type.startsWith("application/json") ? json.readTree(response.body()) : null;
        return new Answer(response.statusCode(), type, response.body(), parsed);
    }

    static String contentTypeOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            return "text/html";
        }
        return name.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
    }

    /** Posts every example article, one request each, as a user of the API would; returns the answers' article entries by file name. */
    java.util.Map<String, JsonNode> postExamples(String token) throws IOException, InterruptedException {
        java.util.Map<String, JsonNode> byFile = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Answer a = post("/api/articles?source=" + name, contentTypeOf(file), Files.readAllBytes(file), token);
                if (a.status() != 201 && a.status() != 200) {
                    throw new AssertionError(name + " was not ingested: " + a.status() + " " + a.body());
                }
                byFile.put(name, a.json().get("articles").get(0));
            }
        }
        return byFile;
    }

    @Override
    public void close() {
        server.close();
        polynews.close();
    }
}
