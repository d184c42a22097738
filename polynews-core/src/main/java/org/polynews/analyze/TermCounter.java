package org.polynews.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts an article's content words as stems, with its language's Lucene analyzer (stop words removed),
 * and remembers the most common written form of each stem so keywords read as words.
 */
public final class TermCounter {
    private final LanguageAnalyzers analyzers;

    public TermCounter(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** Stem counts and the display form of each stem. */
    public record Terms(Map<String, Integer> counts, Map<String, String> surfaces) {
        /** The {@code n} most frequent content words, as written. */
        public List<String> keywords(int n) {
            return counts.entrySet().stream()
                    .filter(e -> e.getKey().length() > 2 && !e.getKey().chars().allMatch(Character::isDigit))
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n)
                    .map(e -> surfaces.getOrDefault(e.getKey(), e.getKey()))
                    .toList();
        }
    }

    public Terms count(String text, String language) {
        Analyzer analyzer = analyzers.forLanguage(language);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                counts.merge(stem, 1, Integer::sum);
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (start >= 0 && end <= text.length() && start < end) {
                    forms.computeIfAbsent(stem, k -> new HashMap<>()).merge(text.substring(start, end), 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> surfaces = new HashMap<>();
        forms.forEach((stem, byForm) -> surfaces.put(stem, byForm.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(stem)));
        return new Terms(counts, surfaces);
    }
}
