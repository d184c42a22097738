package org.polynews.analyze;

import com.ibm.icu.util.VersionInfo;
import org.polynews.language.TextNormalizer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Keeps the built {@link PlaceGazetteer} in a cache folder: building it reads CLDR's names in 22 locales (most of a
 * second of a short command like {@code search}), reading it back a fraction of that. The file is named by a digest
 * of what the gazetteer is made from (the ICU version, the alias list, the code that builds and keys it), so a new
 * version of any of them builds a new one; one that cannot be read or written is built as if there were no cache.
 * The folder is {@value #FOLDER_PROPERTY} (a Java system property), else {@code $XDG_CACHE_HOME/polynews}, else
 * {@code ~/.cache/polynews}.
 */
public final class PlaceGazetteerCache {
    public static final String FOLDER_PROPERTY = "polynews.cacheDir";
    private static final String PREFIX = "places-";
    private static final List<String> SOURCES = List.of("place-aliases.tsv", "PlaceGazetteer.class", "Place.class",
            "/org/polynews/language/TextNormalizer.class");

    private final Path folder;

    public PlaceGazetteerCache(Path folder) {
        this.folder = folder;
    }

    /** The cache folder of this user (see the class comment). */
    public static PlaceGazetteerCache ofUser() {
        String chosen = System.getProperty(FOLDER_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return new PlaceGazetteerCache(Path.of(chosen));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new PlaceGazetteerCache(base.resolve("polynews"));
    }

    /** The gazetteer, read from the cache when it holds this version's, else built and kept there. */
    public PlaceGazetteer load(TextNormalizer normalizer) {
        Path file = folder.resolve(PREFIX + fingerprint() + ".bin");
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                return PlaceGazetteer.read(normalizer, in);
            } catch (IOException | RuntimeException e) {
                // cut short or damaged: built again below and written anew
            }
        }
        PlaceGazetteer built = new PlaceGazetteer(normalizer);
        keep(built, file);
        return built;
    }

    /** Writes the gazetteer in place of any older one; where the folder cannot be written, there is simply no cache. */
    private void keep(PlaceGazetteer gazetteer, Path file) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, PREFIX, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                gazetteer.write(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path other : files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && !f.equals(file)).toList()) {
                    Files.deleteIfExists(other); // an older version's, or a temporary file of a process that died
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // read-only home, full disk: the next process builds the gazetteer again
        }
    }

    /** A digest of everything the gazetteer is made from. */
    static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(VersionInfo.ICU_VERSION.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String source : SOURCES) {
                try (InputStream in = Objects.requireNonNull(PlaceGazetteer.class.getResourceAsStream(source), source)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer's sources", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
