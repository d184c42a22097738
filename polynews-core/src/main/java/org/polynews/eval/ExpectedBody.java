package org.polynews.eval;

import org.polynews.extract.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole article body, compared the way the scrapinghub benchmark does: both texts split into
 * {@code \w+} tokens, 4-token shingles counted, shared shingles are true positives, extra ones false
 * positives, missing ones false negatives, all three divided by their sum.
 */
public record ExpectedBody(String text) implements Expectation {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    @Override
    public PageScore score(Article extracted) {
        Map<List<String>, Integer> expected = shingles(text);
        Map<List<String>, Integer> found = shingles(extracted == null ? "" : extracted.text());
        Set<List<String>> keys = new HashSet<>(expected.keySet());
        keys.addAll(found.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> key : keys) {
            int want = expected.getOrDefault(key, 0);
            int got = found.getOrDefault(key, 0);
            tp += Math.min(want, got);
            fp += Math.max(0, got - want);
            fn += Math.max(0, want - got);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        String detail = found.isEmpty() ? "no body found" : String.format("%.0f%% of the body found, %.0f%% of the output is extra",
                100 * new PageScore(tp, fp, fn, "").recall(), 100 * (fp / Math.max(1e-9, tp + fp)));
        return new PageScore(tp, fp, fn, detail);
    }

    /** Shingles of up to four tokens (shorter only when the whole text is shorter), with their counts. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        int n = Math.min(tokens.size(), SHINGLE);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; n > 0 && i + n <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }
}
