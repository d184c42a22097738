package org.polynews.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.store.StoreException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Saves and loads the {@link ClusterSnapshot} as JSON. Writes go to a temporary file that is flushed to the disk and
 * replaces the old one in a single rename, and the folder is flushed too, so a crash or a power loss leaves either
 * the old or the new grouping, never half of one. The grouping can always be made again from the stored articles:
 * a file that cannot be read (emptied, cut short, not JSON) is moved aside and the engine groups the articles again,
 * rather than refusing to open the store.
 */
public final class ClusterFile {
    private final Path file;
    private final ObjectMapper json;

    public ClusterFile(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /**
     * The saved grouping; empty when there is none, when an older polynews wrote it, or when it cannot be read (the
     * engine then groups the stored articles again, as it does after an interrupted run).
     */
    public ClusterSnapshot load() {
        if (!Files.exists(file)) {
            return ClusterSnapshot.empty();
        }
        JsonNode tree;
        try {
            tree = json.readTree(file.toFile());
        } catch (IOException e) {
            return setAside();
        }
        if (tree == null || !tree.isObject()) {
            return setAside();
        }
        int version = tree.path("version").asInt(-1);
        if (version < ClusterSnapshot.VERSION && version > 0) {
            return ClusterSnapshot.empty();
        }
        if (version != ClusterSnapshot.VERSION) {
            throw new StoreException(file + " was written by a newer polynews (format " + version + "); use that version or delete the file to regroup");
        }
        try {
            return json.treeToValue(tree, ClusterSnapshot.class);
        } catch (IOException e) {
            return setAside();
        }
    }

    /** Moves an unreadable grouping file aside (kept for a look, never deleted) and starts from none. */
    private ClusterSnapshot setAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + " and cannot move it aside: " + e.getMessage()
                    + " (delete it to rebuild the events from the stored articles)", e);
        }
        return ClusterSnapshot.empty();
    }

    public void save(ClusterSnapshot snapshot) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(snapshot));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            flushFolder(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    /** Makes the rename durable where the system allows a folder to be flushed (Linux, macOS; not Windows). */
    private static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // a folder cannot be opened for flushing here; the file itself was flushed before the rename
        }
    }
}
