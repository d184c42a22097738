package org.polynews.translate;

import org.polynews.analyze.TermCounter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code polynews lexicons import}: turns the FreeDict dictionaries a user installed
 * ({@code freedict-XXX-eng.dict.dz}; Debian: {@code apt-get install dict-freedict-deu-eng}) into stem
 * lexicons in the data folder. FreeDict is GPL: polynews never ships it; each user imports their own copy.
 */
public final class LexiconImporter {
    /** FreeDict names languages by ISO 639-3. */
    static final Map<String, String> ISO3 = Map.ofEntries(
            Map.entry("ar", "ara"), Map.entry("de", "deu"), Map.entry("es", "spa"), Map.entry("fr", "fra"), Map.entry("it", "ita"),
            Map.entry("pl", "pol"), Map.entry("ru", "rus"), Map.entry("tr", "tur"), Map.entry("nl", "nld"), Map.entry("pt", "por"),
            Map.entry("sv", "swe"), Map.entry("el", "ell"));
    /** Where Debian's dict-freedict packages put their dictionaries. */
    public static final Path DEBIAN_DICTD = Path.of("/usr/share/dictd");

    private final FreeDictReader reader;

    public LexiconImporter(TermCounter stems) {
        this.reader = new FreeDictReader(stems);
    }

    /**
     * The dictionaries found for one language: to English ({@code freedict-deu-eng}) and from English
     * ({@code freedict-eng-deu}, read backwards); either may be null.
     */
    public record Source(String language, Path toEnglish, Path fromEnglish) {
        public List<Path> files() {
            return Stream.of(toEnglish, fromEnglish).filter(Objects::nonNull).toList();
        }
    }

    /** The FreeDict dictionaries between English and the languages polynews stems, in {@code folder}. */
    public List<Source> find(Path folder) {
        List<Source> out = new ArrayList<>();
        ISO3.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Path to = folder.resolve("freedict-" + e.getValue() + "-eng.dict.dz");
            Path from = folder.resolve("freedict-eng-" + e.getValue() + ".dict.dz");
            if (Files.isRegularFile(to) || Files.isRegularFile(from)) {
                out.add(new Source(e.getKey(), Files.isRegularFile(to) ? to : null, Files.isRegularFile(from) ? from : null));
            }
        });
        return out;
    }

    /** Reads a language's dictionaries (to English first) and writes their lexicon into {@code target}; returns it. */
    public Lexicon importOne(Source source, Path target) throws IOException {
        Lexicon lexicon = source.toEnglish() != null ? reader.read(source.toEnglish(), source.language()) : null;
        if (source.fromEnglish() != null) {
            Lexicon inverted = reader.readInverted(source.fromEnglish(), source.language());
            lexicon = lexicon == null ? inverted : lexicon.merge(inverted, FreeDictReader.MAX_TRANSLATIONS);
        }
        Lexicons.write(target, lexicon, "polynews lexicon " + source.language() + "->en from " + source.files()
                + " (FreeDict, GPL: see those files' headers); " + lexicon.size() + " stems");
        return lexicon;
    }

    public static Optional<String> iso3(String language) {
        return Optional.ofNullable(ISO3.get(language));
    }
}
