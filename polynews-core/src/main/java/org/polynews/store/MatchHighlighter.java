package org.polynews.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.polynews.extract.Article;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentence (or title) of an article that best matches a search, with the words the search matched in it marked. Lucene's
 * unified highlighter runs the query's clauses for the article's language field over its text, analysed as it was
 * indexed: "floods" marks "flooding", and a query in another script marks the words its transliteration matched.
 */
final class MatchHighlighter {
    /** Longest snippet: a longer sentence (a scrape without full stops) is cut around its first match. */
    static final int SNIPPET_CHARS = 240;
    private static final String CUT = "…";

    private final UnifiedHighlighter highlighter;

    MatchHighlighter(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), '\n'))
                .withMaxLength(Article.MAX_TEXT_CHARS)
                .withFormatter(new SnippetFormatter())
                .build();
    }

    /** The best passage of {@code text} (indexed in {@code field}) for the query; its opening when nothing matched. */
    Snippet snippet(String field, Query query, String text) {
        try {
            Object found = highlighter.highlightWithoutSearcher(field, query, text, 1);
            return found instanceof Snippet s ? s : new Snippet(window(text, 0, text.length(), 0).text(), List.of());
        } catch (IOException e) {
            throw new StoreException("cannot highlight a search result: " + e.getMessage(), e);
        }
    }

    /**
     * The part of a passage shown, at most {@link #SNIPPET_CHARS} of it beginning near {@code focus}: its text (with a
     * cut mark where it was cut), the content's characters {@code from} to {@code to} it shows, and by how much a cut
     * mark at its start shifts them.
     */
    private record Window(String text, int from, int to, int shift) {
    }

    private static Window window(String content, int start, int end, int focus) {
        int from = start;
        int to = end;
        if (to - from > SNIPPET_CHARS) {
            from = Math.max(start, focus - SNIPPET_CHARS / 3);
            int space = content.lastIndexOf(' ', from);
            if (from > start && space >= start && from - space < 20) {
                from = space + 1; // begin at a word
            }
            to = Math.min(end, from + SNIPPET_CHARS);
            int back = content.lastIndexOf(' ', to);
            if (to < end && back > from + SNIPPET_CHARS / 2) {
                to = back; // end at a word
            }
        }
        while (from < to && Character.isWhitespace(content.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
            to--;
        }
        String before = from > start && !content.substring(start, from).isBlank() ? CUT : "";
        String after = to < end && !content.substring(to, end).isBlank() ? CUT : "";
        return new Window(before + content.substring(from, to) + after, from, to, before.length());
    }

    /** Turns the highlighter's best passage into a {@link Snippet}. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            int focus = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : p.getStartOffset();
            Window w = window(content, p.getStartOffset(), p.getEndOffset(), focus);
            List<Snippet.Mark> marks = new ArrayList<>();
            int last = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = p.getMatchStarts()[i] - w.from();
                int end = p.getMatchEnds()[i] - w.from();
                if (start >= 0 && end <= w.to() - w.from() && start >= last) {
                    marks.add(new Snippet.Mark(start + w.shift(), end + w.shift()));
                    last = end;
                }
            }
            return new Snippet(w.text(), marks);
        }
    }
}
