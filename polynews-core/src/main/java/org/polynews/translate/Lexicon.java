package org.polynews.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word stems of one language mapped to English stems (a few translations each), for comparing the content
 * words of articles in two languages. Stems the lexicon does not know (names, numbers, loanwords) stay as
 * they are: across languages they are often the same.
 *
 * @param language  ISO 639-1 code of the source language
 * @param toEnglish source stem → English stems, most common translation first
 */
public record Lexicon(String language, Map<String, List<String>> toEnglish) {
    public static final String ENGLISH = "en";

    public Lexicon {
        toEnglish = Map.copyOf(toEnglish);
    }

    /** The English stems of a stem, or null when the lexicon does not know it. */
    public List<String> english(String stem) {
        return toEnglish.get(stem);
    }

    /** This lexicon's translations first, then the other's, at most {@code max} per stem. */
    public Lexicon merge(Lexicon other, int max) {
        Map<String, List<String>> merged = new HashMap<>(toEnglish);
        other.toEnglish.forEach((stem, english) -> merged.merge(stem, english, (mine, theirs) -> {
            List<String> both = new ArrayList<>(mine);
            theirs.stream().filter(e -> !both.contains(e)).forEach(both::add);
            return List.copyOf(both.subList(0, Math.min(max, both.size())));
        }));
        return new Lexicon(language, merged);
    }

    public int size() {
        return toEnglish.size();
    }
}
