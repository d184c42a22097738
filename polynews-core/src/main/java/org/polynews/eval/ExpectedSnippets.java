package org.polynews.eval;

import org.polynews.extract.Article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Snippets the body must contain and snippets it must not, as in trafilatura's evaluation: a wanted
 * snippet found is a true positive, missed a false negative; an unwanted snippet found is a false
 * positive. The output searched is the article as polynews gives it, headline and body. Whitespace is
 * compared collapsed and invisible formatting characters (soft hyphens, zero-width spaces) are ignored:
 * they are layout, not content.
 */
public record ExpectedSnippets(List<String> with, List<String> without) implements Expectation {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    public ExpectedSnippets {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    @Override
    public PageScore score(Article extracted) {
        String text = extracted == null ? "" : collapse(extracted.fullText());
        int tp = 0, fp = 0, fn = 0;
        String firstMissed = null, firstUnwanted = null;
        for (String snippet : with) {
            if (text.contains(collapse(snippet))) {
                tp++;
            } else {
                fn++;
                firstMissed = firstMissed == null ? snippet : firstMissed;
            }
        }
        for (String snippet : without) {
            if (text.contains(collapse(snippet))) {
                fp++;
                firstUnwanted = firstUnwanted == null ? snippet : firstUnwanted;
            }
        }
        StringBuilder detail = new StringBuilder();
        if (firstMissed != null) {
            detail.append("missed \"").append(shorten(firstMissed)).append('"');
        }
        if (firstUnwanted != null) {
            detail.append(detail.isEmpty() ? "" : "; ").append("kept \"").append(shorten(firstUnwanted)).append('"');
        }
        return new PageScore(tp, fp, fn, detail.toString());
    }

    private static String collapse(String s) {
        return SPACE.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    private static String shorten(String s) {
        String c = collapse(s);
        return c.length() <= 60 ? c : c.substring(0, 57) + "...";
    }
}
