package org.polynews.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.store.StoreException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves and loads the {@link ClusterSnapshot} as JSON. Writes go to a temporary file that replaces the
 * old one in a single rename, so a crash leaves either the old or the new grouping, never half of one.
 */
public final class ClusterFile {
    private final Path file;
    private final ObjectMapper json;

    public ClusterFile(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /**
     * The saved grouping; empty when there is none, or when an older polynews wrote it (the engine then groups the
     * stored articles again, as it does after an interrupted run).
     */
    public ClusterSnapshot load() {
        if (!Files.exists(file)) {
            return ClusterSnapshot.empty();
        }
        try {
            JsonNode tree = json.readTree(file.toFile());
            int version = tree.path("version").asInt(-1);
            if (version < ClusterSnapshot.VERSION && version > 0) {
                return ClusterSnapshot.empty();
            }
            if (version != ClusterSnapshot.VERSION) {
                throw new StoreException(file + " was written by a newer polynews (format " + version + "); use that version or delete the file to regroup");
            }
            return json.treeToValue(tree, ClusterSnapshot.class);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage()
                    + " (delete it to rebuild the events from the stored articles)", e);
        }
    }

    public void save(ClusterSnapshot snapshot) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), snapshot);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }
}
