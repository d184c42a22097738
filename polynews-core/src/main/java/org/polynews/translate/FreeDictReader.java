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

    /** Reads a dictionary from {@code language} to English ({@code freedict-deu-eng}). */
    public Lexicon read(Path dictionary, String language) throws IOException {
        Map<String, List<String>> lexicon = new HashMap<>();
        for (String[] entry : entries(dictionary)) {
            String headStem = headwordStem(entry[0], language);
            if (headStem == null) {
                continue;
            }
            for (String translation : translations(entry)) {
                for (String stem : stems.count(translation, Lexicon.ENGLISH).counts().keySet()) {
                    addTranslation(lexicon, headStem, stem);
                }
            }
        }
        lexicon.values().removeIf(List::isEmpty);
        return new Lexicon(language, lexicon);
    }

    /**
     * Reads a dictionary from English to {@code language} ({@code freedict-eng-tur}) the other way round: each
     * one-word translation points back to its English headword. Some languages have FreeDict data mostly in
     * this direction (eng-tur is twenty times tur-eng).
     */
    public Lexicon readInverted(Path dictionary, String language) throws IOException {
        Map<String, List<String>> lexicon = new HashMap<>();
        for (String[] entry : entries(dictionary)) {
            String englishStem = headwordStem(entry[0], Lexicon.ENGLISH);
            if (englishStem == null) {
                continue;
            }
            for (String translation : translations(entry)) {
                if (!translation.contains(" ")) {
                    var found = stems.count(translation, language).counts().keySet();
                    if (found.size() == 1) {
                        addTranslation(lexicon, found.iterator().next(), englishStem);
                    }
                }
            }
        }
        lexicon.values().removeIf(List::isEmpty);
        return new Lexicon(language, lexicon);
    }

    private static void addTranslation(Map<String, List<String>> lexicon, String stem, String english) {
        List<String> list = lexicon.computeIfAbsent(stem, k -> new ArrayList<>(2));
        if (list.size() < MAX_TRANSLATIONS && !list.contains(english) && !english.equals(stem)) {
            list.add(english);
        }
    }

    /**
     * The entries of a dictionary ({@code .dict.dz} or plain {@code .dict}), each as its lines: with the
     * {@code .index} beside it each entry is cut out exactly (some dictionaries do not separate entries by blank
     * lines), else entries are taken to be separated by blank lines. Database headers ({@code 00…}) are left out.
     */
    static List<String[]> entries(Path dictionary) throws IOException {
        byte[] text;
        try (InputStream in = Files.newInputStream(dictionary)) {
            String name = dictionary.getFileName().toString();
            text = (name.endsWith(".dz") || name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in).readAllBytes();
        }
        Path index = dictionary.resolveSibling(dictionary.getFileName().toString().replaceFirst("\\.dict(\\.dz)?$", ".index"));
        List<String[]> out = new ArrayList<>();
        if (Files.isRegularFile(index) && !index.equals(dictionary)) {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length < 3 || f[0].startsWith("00")) {
                    continue;
                }
                long offset = base64(f[1]);
                long length = base64(f[2]);
                if (offset >= 0 && length > 0 && offset + length <= text.length) {
                    out.add(new String(text, (int) offset, (int) length, StandardCharsets.UTF_8).split("\n"));
                }
            }
        } else {
            for (String entry : new String(text, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                out.add(entry.strip().split("\n"));
            }
        }
        out.removeIf(lines -> lines.length < 2 || lines[0].startsWith("00"));
        return out;
    }

    /** The translations of an entry (lines after the headword), without labels and cross-references, of at most two words. */
    static List<String> translations(String[] entry) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < entry.length; i++) {
            String text = LABELS.matcher(entry[i].strip()).replaceAll(" ").strip();
            if (text.isEmpty() || NOT_A_TRANSLATION.matcher(text).matches()) {
                continue;
            }
            for (String translation : SENSE_NUMBER.matcher(text).replaceFirst("").split("[,;]")) {
                String t = translation.strip().replaceFirst("^to ", "");
                if (!t.isEmpty() && t.split("\\s+").length <= 2) {
                    out.add(t);
                }
            }
        }
        return out;
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
