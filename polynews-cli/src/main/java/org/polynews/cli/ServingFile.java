package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.polynews.Polynews;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * {@code serving.json} in a data folder: the address of the {@code serve} that holds its store, so that a read command
 * run meanwhile asks that server instead of being refused. Written when the server starts, removed when it stops; one
 * left by a server that was killed names an address nobody answers at, and is then ignored.
 */
final class ServingFile {
    static final String NAME = "serving.json";

    private ServingFile() {
    }

    static void write(Path data, URI uri) throws IOException {
        Path temp = data.resolve(NAME + ".tmp");
        Files.writeString(temp, Polynews.outputMapper().writeValueAsString(Map.of("url", uri.toString())));
        Files.move(temp, data.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(Path data) {
        try {
            Files.deleteIfExists(data.resolve(NAME));
        } catch (IOException e) {
            // a stale file is ignored by whoever finds nobody answering at its address
        }
    }

    /** The address a server of this data folder said it serves at, if it said so. */
    static Optional<URI> read(Path data) {
        try {
            JsonNode url = Polynews.outputMapper().readTree(data.resolve(NAME).toFile()).get("url");
            return url == null ? Optional.empty() : Optional.of(URI.create(url.asText()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
