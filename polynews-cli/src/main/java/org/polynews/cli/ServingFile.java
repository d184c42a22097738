package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.polynews.Polynews;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code serving.json} in a data folder: the address of the {@code serve} that holds its store and the id of that run,
 * so that a read command run meanwhile asks that server instead of being refused. Written when the server starts,
 * removed when it stops; one left by a server that was killed names an address where nobody, or another server, answers
 * (another run id), and is then ignored.
 */
final class ServingFile {
    static final String NAME = "serving.json";

    /** Where a server serves, and the id of its run ({@code instance} in {@code GET /api/health}). */
    record Serving(URI url, String instance) {
    }

    private ServingFile() {
    }

    static void write(Path data, URI uri, String instance) throws IOException {
        Map<String, String> serving = new LinkedHashMap<>();
        serving.put("url", uri.toString());
        serving.put("instance", instance);
        Path temp = data.resolve(NAME + ".tmp");
        Files.writeString(temp, Polynews.outputMapper().writeValueAsString(serving));
        Files.move(temp, data.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(Path data) {
        try {
            Files.deleteIfExists(data.resolve(NAME));
        } catch (IOException e) {
            // a stale file is ignored by whoever finds nobody, or another run, answering at its address
        }
    }

    /** The server a data folder's store is served by, as the server wrote it. */
    static Optional<Serving> read(Path data) {
        try {
            JsonNode file = Polynews.outputMapper().readTree(data.resolve(NAME).toFile());
            if (file == null || !file.hasNonNull("url") || !file.hasNonNull("instance")) {
                return Optional.empty();
            }
            return Optional.of(new Serving(URI.create(file.get("url").asText()), file.get("instance").asText()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
