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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The JSON API of the {@code serve} that holds a data folder's store, for read commands run while it does. */
final class RunningServer {
    private final URI uri;
    private final String instance;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = Polynews.outputMapper();

    private RunningServer(ServingFile.Serving serving) {
        this.uri = serving.url();
        this.instance = serving.instance();
    }

    /** The server named in the data folder, when that very run of it answers there. */
    static Optional<RunningServer> of(Path data) {
        return ServingFile.read(data).map(RunningServer::new).filter(RunningServer::answers);
    }

    URI uri() {
        return uri;
    }

    private boolean answers() {
        try {
            HttpResponse<String> health = client.send(request("/api/health"), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // a server started later on the same port, serving another folder, has another run id
            return health.statusCode() == 200 && instance.equals(json.readTree(health.body()).path("instance").asText());
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
