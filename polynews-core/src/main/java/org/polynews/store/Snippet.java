package org.polynews.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A passage of an article that a search found, and where in it the words the search matched are.
 *
 * @param marks the matched words' places in {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Mark> marks) {
    /** One matched word: characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    public record Mark(int start, int end) {
    }

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** The text with every whole-word occurrence of {@code words} marked (words a search matched, as it reported them). */
    public static Snippet marking(String text, List<String> words) {
        String alternatives = words.stream().filter(w -> !w.isBlank()).map(Pattern::quote).collect(Collectors.joining("|"));
        List<Mark> marks = new ArrayList<>();
        if (!alternatives.isEmpty()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                marks.add(new Mark(m.start(), m.end()));
            }
        }
        return new Snippet(text, marks);
    }

    /** The words matched, each once, as the text writes them. */
    public List<String> matched() {
        Set<String> words = new LinkedHashSet<>();
        marks.forEach(m -> words.add(text.substring(m.start(), m.end())));
        return new ArrayList<>(words);
    }

    /** The text with each matched word between {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mark m : marks) {
            out.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
