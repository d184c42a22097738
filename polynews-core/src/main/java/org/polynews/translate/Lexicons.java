package org.polynews.translate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bilingual lexicons a data folder holds ({@code DATA/lexicons/XX-en.tsv.gz}, made by
 * {@code polynews lexicons import} from the FreeDict dictionaries the user installed), read the first time
 * their language is needed. Optional: without one, words are compared across languages only where their
 * stems coincide (names, loanwords, numbers).
 */
public final class Lexicons {
    public static final Lexicons NONE = new Lexicons(null);
    public static final String FOLDER = "lexicons";
    static final String SUFFIX = "-en.tsv.gz";

    private final Path folder;
    private final Map<String, Optional<Lexicon>> loaded = new ConcurrentHashMap<>();

    public Lexicons(Path folder) {
        this.folder = folder;
    }

    /** The lexicons of a data folder. */
    public static Lexicons of(Path dataDir) {
        return new Lexicons(dataDir.resolve(FOLDER));
    }

    public static Path file(Path folder, String language) {
        return folder.resolve(language + SUFFIX);
    }

    /** The lexicon from {@code language} to English, read on first use; empty when none was imported. */
    public Optional<Lexicon> toEnglish(String language) {
        if (folder == null || Lexicon.ENGLISH.equals(language)) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(language, l -> Files.isRegularFile(file(folder, l)) ? Optional.of(read(l)) : Optional.empty());
    }

    /** Languages with an imported lexicon. */
    public List<String> available() {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Reads a lexicon file: a {@code #} header, then {@code stem TAB english stems separated by spaces}. */
    private Lexicon read(String language) {
        Path file = file(folder, language);
        Map<String, List<String>> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0) {
                    continue;
                }
                map.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(" ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon " + file + " (import it again with polynews lexicons import): " + e.getMessage(), e);
        }
        return new Lexicon(language, map);
    }

    /** Writes a lexicon where {@link #toEnglish} finds it, atomically. */
    public static void write(Path folder, Lexicon lexicon, String header) throws IOException {
        Files.createDirectories(folder);
        Path temp = folder.resolve(lexicon.language() + SUFFIX + ".tmp");
        try (var out = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(temp)), StandardCharsets.UTF_8))) {
            out.println("# " + header.replace("\n", " "));
            List<String> stems = new ArrayList<>(lexicon.toEnglish().keySet());
            stems.sort(null);
            for (String stem : stems) {
                out.println(stem + "\t" + String.join(" ", lexicon.english(stem)));
            }
        }
        Files.move(temp, file(folder, lexicon.language()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
