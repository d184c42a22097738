package org.polynews.represent;

import org.polynews.extract.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * One vector for a whole article from a {@link TextEncoder} that reads a few hundred words at most: the
 * headline with the lead, then windows of the body, embedded in one batch and averaged (the headline and
 * lead count twice: they say what the story is), then scaled to unit length.
 */
public final class ArticleEmbedder {
    /** Windows per article at most: the start of a story carries it; this bounds the cost of long texts. */
    static final int MAX_WINDOWS = 6;

    private final TextEncoder encoder;

    public ArticleEmbedder(TextEncoder encoder) {
        this.encoder = encoder;
    }

    public TextEncoder encoder() {
        return encoder;
    }

    public float[] embed(Article article) {
        return embedAll(List.of(article)).get(0);
    }

    /** Vectors of several articles, their windows batched together. */
    public List<float[]> embedAll(List<Article> articles) {
        List<String> windows = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Article a : articles) {
            List<String> w = windows(a, encoder.windowWords());
            windows.addAll(w);
            counts.add(w.size());
        }
        float[][] vectors = encoder.embedPassages(windows);
        List<float[]> out = new ArrayList<>();
        int at = 0;
        for (int n : counts) {
            float[] sum = new float[encoder.dimensions()];
            for (int i = 0; i < n; i++) {
                float weight = i == 0 ? 2f : 1f;
                float[] v = vectors[at + i];
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += weight * v[d];
                }
            }
            out.add(unit(sum));
            at += n;
        }
        return out;
    }

    /** Headline + lead first, then body windows of {@code words} words; never empty. */
    static List<String> windows(Article article, int words) {
        List<String> body = new ArrayList<>();
        for (String p : article.paragraphs()) {
            body.addAll(List.of(p.strip().split("\\s+")));
        }
        body.removeIf(String::isEmpty);
        List<String> out = new ArrayList<>();
        String title = article.title() == null ? "" : article.title().strip();
        int lead = Math.min(body.size(), Math.max(0, words - title.split("\\s+").length));
        out.add((title + " " + String.join(" ", body.subList(0, lead))).strip());
        for (int from = lead; from < body.size() && out.size() < MAX_WINDOWS; from += words) {
            out.add(String.join(" ", body.subList(from, Math.min(body.size(), from + words))));
        }
        return out;
    }

    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    /** Cosine of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
