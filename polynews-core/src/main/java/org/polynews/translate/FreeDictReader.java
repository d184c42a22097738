package org.polynews.translate;

import org.polynews.analyze.TermCounter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a FreeDict dictionary in dictd format ({@code freedict-deu-eng.dict.dz}, as Debian's
 * {@code dict-freedict-*} packages install them) into a {@link Lexicon} of stems: each entry is a headword
 * line (with pronunciation and part of speech), then lines of comma-separated translations, then
 * cross-references. Only one-word headwords and translations of at most two words are kept, stemmed with
 * the same analyzers as article text, so lexicon stems meet article stems.
 */
public final class FreeDictReader {
    /** Translations kept per stem: the first ones are the common senses. */
    static final int MAX_TRANSLATIONS = 4;
    private static final Pattern NOT_A_TRANSLATION = Pattern.compile("^(see|synonyms?|antonyms?|notes?|examples?|usage|plural|abbr\\.?)\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELS = Pattern.compile("\\[[^]]*]|<[^>]*>|\\([^)]*\\)|\\{[^}]*}|/[^/]*/");
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\d+\\.\\s*");

    private final TermCounter stems;

    public FreeDictReader(TermCounter stems) {
        this.stems = stems;
    }

    public Lexicon read(Path dictionary, String language) throws IOException {
        try (InputStream in = Files.newInputStream(dictionary)) {
            return read(dictionary.toString().endsWith(".dz") || dictionary.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, language);
        }
    }

    public Lexicon read(InputStream in, String language) throws IOException {
        Map<String, List<String>> lexicon = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String headStem = null;
        boolean atHead = true;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank()) {
                atHead = true;
                headStem = null;
                continue;
            }
            if (atHead) {
                atHead = false;
                headStem = headwordStem(line, language);
                continue;
            }
            if (headStem == null) {
                continue;
            }
            String text = LABELS.matcher(line.strip()).replaceAll(" ").strip();
            if (NOT_A_TRANSLATION.matcher(text).matches()) {
                continue;
            }
            text = SENSE_NUMBER.matcher(text).replaceFirst("");
            List<String> english = lexicon.computeIfAbsent(headStem, k -> new ArrayList<>(2));
            for (String translation : text.split("[,;]")) {
                String t = translation.strip();
                if (t.isEmpty() || t.split("\\s+").length > 2) {
                    continue;
                }
                for (String stem : stems.count(t, Lexicon.ENGLISH).counts().keySet()) {
                    if (english.size() < MAX_TRANSLATIONS && !english.contains(stem) && !stem.equals(headStem)) {
                        english.add(stem);
                    }
                }
            }
        }
        lexicon.values().removeIf(List::isEmpty);
        return new Lexicon(language, lexicon);
    }

    /** The stem of a one-word headword; null for phrases, short words and stop words. */
    private String headwordStem(String line, String language) {
        String head = LABELS.matcher(line).replaceAll(" ").strip();
        if (head.isEmpty() || head.contains(" ") || head.length() < 3) {
            return null;
        }
        var found = stems.count(head, language).counts().keySet();
        return found.size() == 1 ? found.iterator().next() : null;
    }
}
