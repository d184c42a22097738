package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.Polynews;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The JSON API of the {@code serve} that holds a data folder's store, for read commands run while it does. */
final class RunningServer {
    private final URI uri;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = Polynews.outputMapper();

    private RunningServer(URI uri) {
        this.uri = uri;
    }

    /** The server named in the data folder, when one answers there. */
    static Optional<RunningServer> of(java.nio.file.Path data) {
        return ServingFile.read(data).map(RunningServer::new).filter(RunningServer::answers);
    }

    URI uri() {
        return uri;
    }

    private boolean answers() {
        try {
            return client.send(request("/api/health"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** GET {@code path} (the query's values encoded by {@link #encode}); an error answer is raised with its message. */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = json.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new InputException(body.path("error").asText("the server at " + uri + " answered " + response.statusCode()));
        }
        return body;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
    }
}
