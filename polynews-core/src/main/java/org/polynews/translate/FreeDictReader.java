package org.polynews.translate;

import org.polynews.analyze.TermCounter;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * Reads {@code dictionary} (a {@code .dict.dz} or plain {@code .dict}); with its {@code .index} beside it each
     * entry is cut out exactly (some dictionaries do not separate entries by blank lines), else entries are
     * taken to be separated by blank lines.
     */
    public Lexicon read(Path dictionary, String language) throws IOException {
        byte[] text;
        try (InputStream in = Files.newInputStream(dictionary)) {
            String name = dictionary.getFileName().toString();
            text = (name.endsWith(".dz") || name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in).readAllBytes();
        }
        Path index = dictionary.resolveSibling(dictionary.getFileName().toString().replaceFirst("\\.dict(\\.dz)?$", ".index"));
        Map<String, List<String>> lexicon = new HashMap<>();
        if (Files.isRegularFile(index) && !index.equals(dictionary)) {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length < 3 || f[0].startsWith("00")) {
                    continue;
                }
                long offset = base64(f[1]);
                long length = base64(f[2]);
                if (offset < 0 || length <= 0 || offset + length > text.length) {
                    continue;
                }
                addEntry(new String(text, (int) offset, (int) length, StandardCharsets.UTF_8).split("\n"), language, lexicon);
            }
        } else {
            for (String entry : new String(text, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                addEntry(entry.strip().split("\n"), language, lexicon);
            }
        }
        lexicon.values().removeIf(List::isEmpty);
        return new Lexicon(language, lexicon);
    }

    /** One entry: its headword line, then translation lines and cross-references. */
    private void addEntry(String[] lines, String language, Map<String, List<String>> lexicon) {
        if (lines.length < 2 || lines[0].startsWith("00")) {
            return;
        }
        String headStem = headwordStem(lines[0], language);
        if (headStem == null) {
            return;
        }
        for (int i = 1; i < lines.length; i++) {
            String text = LABELS.matcher(lines[i].strip()).replaceAll(" ").strip();
            if (text.isEmpty() || NOT_A_TRANSLATION.matcher(text).matches()) {
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
    }

    /** dictd's base-64 numbers: digits A–Z a–z 0–9 + /, most significant first. */
    static long base64(String digits) {
        long value = 0;
        for (char c : digits.toCharArray()) {
            int d = B64.indexOf(c);
            if (d < 0) {
                return -1;
            }
            value = value * 64 + d;
        }
        return value;
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

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
