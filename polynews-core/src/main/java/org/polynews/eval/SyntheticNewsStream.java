package org.polynews.eval;

import org.polynews.source.ContentFormat;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceMetadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic stream of news articles of any length, made from a few real texts, for measuring how polynews scales.
 * Article {@code i} reports event {@code i / REPORTS}: the first report of an event is a real text with its names,
 * places, words and numbers changed (a different happening of the same kind: capitalised words swapped for other
 * capitalised words of the texts, a third of the other words for words of the same script, every number moved; so
 * in scripts without capitals too), the others retell it (its sentences in another order, some left out). Events follow
 * one another at {@link #EVENTS_PER_DAY} a day from {@link #FIRST_DAY}. Nothing is kept per article: article {@code i}
 * is made from {@code i} and the seed alone, so a stream of a million costs no memory.
 */
public final class SyntheticNewsStream {
    /** Reports of one event. */
    static final int REPORTS = 3;
    static final int EVENTS_PER_DAY = 500;
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{4,}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟。])\\s+");

    private final List<SourceDocument> texts;
    /** Words of the texts by their first letter's script, capitalised ones apart ({@code "Latin:upper"}). */
    private final Map<String, String[]> words;
    private final long seed;

    /** @param texts the real texts to vary (at least one; their metadata is not used) */
    public SyntheticNewsStream(List<SourceDocument> texts, long seed) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to make a stream from");
        }
        this.texts = List.copyOf(texts);
        this.seed = seed;
        Map<String, Set<String>> found = new TreeMap<>();
        for (SourceDocument d : texts) {
            Matcher m = WORD.matcher(d.text());
            while (m.find()) {
                found.computeIfAbsent(kind(m.group()), k -> new TreeSet<>()).add(m.group());
            }
        }
        this.words = new HashMap<>();
        found.forEach((kind, set) -> words.put(kind, set.toArray(String[]::new)));
    }

    private static String kind(String word) {
        int first = word.codePointAt(0);
        return Character.UnicodeScript.of(first) + (Character.isUpperCase(first) ? ":upper" : "");
    }

    /** Article {@code i} of the stream. */
    public SourceDocument document(long i) {
        long event = i / REPORTS;
        int report = (int) (i % REPORTS);
        SourceDocument base = texts.get((int) (event % texts.size()));
        long variant = event / texts.size();
        String text = variant == 0 ? base.text() : altered(base.text(), variant);
        if (report > 0) {
            text = retold(text, new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L)));
        }
        LocalDate day = FIRST_DAY.plusDays(event / EVENTS_PER_DAY);
        return new SourceDocument(String.format(Locale.ROOT, "synthetic#%d", i), text, ContentFormat.TEXT,
                new SourceMetadata(null, null, day.toString(), null));
    }

    /** The text with its names, words and numbers changed, the same way throughout (one variant, one happening). */
    private String altered(String text, long variant) {
        StringBuilder changed = new StringBuilder();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            long h = mix(word.hashCode() * 31L + variant);
            String kind = kind(word);
            String[] pool = words.get(kind);
            boolean swap = kind.endsWith(":upper") || Math.floorMod(h, 3L) == 0;
            m.appendReplacement(changed, Matcher.quoteReplacement(swap ? pool[(int) Math.floorMod(h >>> 2, (long) pool.length)] : word));
        }
        m.appendTail(changed);
        StringBuilder numbers = new StringBuilder();
        Matcher n = NUMBER.matcher(changed);
        while (n.find()) {
            String digits = n.group();
            long moved = digits.length() > 15 ? 0 : Long.parseLong(digits) + 1 + Math.floorMod(mix(variant), 97L);
            n.appendReplacement(numbers, Long.toString(moved));
        }
        n.appendTail(numbers);
        return numbers.toString();
    }

    /** The same text retold: its sentences shuffled within each paragraph, and about one in five left out. */
    private static String retold(String text, SplittableRandom random) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\n\\s*\n")) {
            List<String> told = Arrays.asList(SENTENCE_END.split(paragraph.strip()));
            List<String> sentences = new ArrayList<>(told);
            for (int k = sentences.size() - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                String t = sentences.get(k);
                sentences.set(k, sentences.get(j));
                sentences.set(j, t);
            }
            if (sentences.equals(told)) {
                Collections.rotate(sentences, 1); // shuffled into the order it had: a retelling differs
            }
            if (sentences.size() > 2) {
                sentences.removeIf(s -> random.nextInt(5) == 0);
            }
            if (!sentences.isEmpty()) {
                paragraphs.add(String.join(" ", sentences));
            }
        }
        return paragraphs.isEmpty() ? text : String.join("\n\n", paragraphs);
    }

    private long mix(long x) {
        long z = x + seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
