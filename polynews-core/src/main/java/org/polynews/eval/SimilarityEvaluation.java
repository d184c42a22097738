package org.polynews.eval;

import org.polynews.Pipeline;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Token;
import org.polynews.represent.ArticleFeatures;
import org.polynews.similarity.ArticleComparator;
import org.polynews.similarity.Dimension;
import org.polynews.similarity.DimensionScore;
import org.polynews.represent.ArticleEmbedder;
import org.polynews.similarity.PairSignals;
import org.polynews.similarity.SimilarityModel;
import org.polynews.similarity.TermStatistics;
import org.polynews.source.ContentFormat;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceMetadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores every judged pair of a file, with polynews' comparison or with a plain TF-IDF cosine baseline.
 * Each distinct text is analysed once (in parallel: the pipeline is thread-safe), then pairs are compared
 * with the shipped background term weights, as a store compares its articles.
 */
public final class SimilarityEvaluation {
    /** What scores the pairs. */
    public enum Scorer { POLYNEWS, TFIDF }

    private final Pipeline pipeline;
    private final ArticleComparator comparator;
    private final SimilarityModel model;
    private final ArticleEmbedder embedder;

    public SimilarityEvaluation(Pipeline pipeline, SimilarityModel model) {
        this(pipeline, model, null);
    }

    /** @param embedder a sentence encoder's article vectors, or null for the model-free engine */
    public SimilarityEvaluation(Pipeline pipeline, SimilarityModel model, ArticleEmbedder embedder) {
        this.pipeline = pipeline;
        this.model = model;
        this.embedder = embedder;
        this.comparator = new ArticleComparator(pipeline.tokenizer(), model, pipeline.lexicons());
    }

    public SimilarityReport run(List<SimilarityPair> pairs, Scorer scorer, Progress progress) {
        long start = System.nanoTime();
        if (scorer == Scorer.TFIDF) {
            List<PairPrediction> predictions = tfidf(pairs);
            return new SimilarityReport("tfidf", predictions, (System.nanoTime() - start) / 1e9);
        }
        Measurements measured = measureTimed(pairs, progress);
        List<PairPrediction> out = new ArrayList<>();
        long scoring = System.nanoTime();
        for (PairMeasurement m : measured.pairs()) {
            out.add(m.signals() == null ? new PairPrediction(m.pair(), null, m.problem()) : new PairPrediction(m.pair(), model.predict(m.signals(), m.dense()), null));
        }
        double comparing = measured.comparingSeconds() + (System.nanoTime() - scoring) / 1e9;
        return new SimilarityReport("polynews", out, (System.nanoTime() - start) / 1e9, comparing);
    }

    /** Measured pairs, and the time spent comparing analysed articles (signals and scores, not the analysis). */
    private record Measurements(List<PairMeasurement> pairs, double comparingSeconds) {
    }

    /**
     * A pair's measured signals, or why it has none.
     *
     * @param dense cosine of the two articles' vectors; NaN without an encoder or when it does not cover a language
     */
    public record PairMeasurement(SimilarityPair pair, PairSignals signals, double dense, String problem) {
    }

    /** Analyses every text and measures every pair: the input of scoring and of training. */
    public List<PairMeasurement> measure(List<SimilarityPair> pairs, Progress progress) {
        return measureTimed(pairs, progress).pairs();
    }

    private Measurements measureTimed(List<SimilarityPair> pairs, Progress progress) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (SimilarityPair p : pairs) {
            texts.putIfAbsent(key(p.text1(), p.language1()), p.language1());
            texts.putIfAbsent(key(p.text2(), p.language2()), p.language2());
        }
        Map<String, Analysed> analysed = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        texts.keySet().parallelStream().forEach(key -> {
            analysed.put(key, analyse(key, texts.get(key)));
            progress.done(done.incrementAndGet(), texts.size());
        });
        TermStatistics stats = pipeline.termStatistics();
        Map<String, float[]> vectors = embedder == null ? Map.of() : embed(analysed, progress);
        List<PairMeasurement> out = new ArrayList<>();
        long comparing = System.nanoTime();
        for (SimilarityPair p : pairs) {
            Analysed a = analysed.get(key(p.text1(), p.language1()));
            Analysed b = analysed.get(key(p.text2(), p.language2()));
            if (a.problem() != null || b.problem() != null) {
                out.add(new PairMeasurement(p, null, Double.NaN, a.problem() != null ? "text1: " + a.problem() : "text2: " + b.problem()));
            } else {
                float[] va = vectors.get(key(p.text1(), p.language1()));
                float[] vb = vectors.get(key(p.text2(), p.language2()));
                double dense = va == null || vb == null ? Double.NaN : ArticleEmbedder.cosine(va, vb);
                out.add(new PairMeasurement(p, comparator.signals(a.article(), a.features(), b.article(), b.features(), stats), dense, null));
            }
        }
        return new Measurements(out, (System.nanoTime() - comparing) / 1e9);
    }

    /** Vectors of the analysed texts in languages the encoder covers, in batches. */
    private Map<String, float[]> embed(Map<String, Analysed> analysed, Progress progress) {
        List<String> keys = analysed.entrySet().stream()
                .filter(e -> e.getValue().article() != null && embedder.encoder().covers(e.getValue().article().language()))
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, float[]> out = new HashMap<>();
        int batch = 32;
        for (int from = 0; from < keys.size(); from += batch) {
            List<String> some = keys.subList(from, Math.min(keys.size(), from + batch));
            List<float[]> vectors = embedder.embedAll(some.stream().map(k -> analysed.get(k).article().article()).toList());
            for (int i = 0; i < some.size(); i++) {
                out.put(some.get(i), vectors.get(i));
            }
            progress.done(out.size(), keys.size());
        }
        return out;
    }

    private record Analysed(AnalyzedArticle article, ArticleFeatures features, String problem) {
    }

    private Analysed analyse(String key, String language) {
        String text = key.substring(key.indexOf('\u0000') + 1);
        SourceDocument document = new SourceDocument("pair", text, ContentFormat.TEXT,
                new SourceMetadata(null, null, null, "und".equals(language) ? null : language));
        Pipeline.Outcome outcome = pipeline.process(document);
        if (outcome.problem() != null) {
            return new Analysed(null, null, outcome.problem().reason());
        }
        return new Analysed(outcome.article(), outcome.features(), null);
    }

    private static String key(String text, String language) {
        return language + '\u0000' + text;
    }

    // ---- baseline ----------------------------------------------------------------------------------

    /** Plain TF-IDF cosine of lower-cased words, IDF over the file's texts; the same score for every dimension. */
    private List<PairPrediction> tfidf(List<SimilarityPair> pairs) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (SimilarityPair p : pairs) {
            for (String text : List.of(p.text1(), p.text2())) {
                if (!counts.containsKey(text)) {
                    Map<String, Integer> c = wordCounts(text);
                    counts.put(text, c);
                    c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
                }
            }
        }
        int n = counts.size();
        List<PairPrediction> out = new ArrayList<>();
        for (SimilarityPair p : pairs) {
            double cosine = ArticleComparator.weightedCosine(tfidfVector(counts.get(p.text1()), df, n), tfidfVector(counts.get(p.text2()), df, n));
            Map<Dimension, Double> predicted = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                predicted.put(d, DimensionScore.scale(cosine));
            }
            out.add(new PairPrediction(p, predicted, null));
        }
        return out;
    }

    private Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> c = new HashMap<>();
        for (Token t : pipeline.tokenizer().tokenize(text)) {
            c.merge(t.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return c;
    }

    private static Map<String, Double> tfidfVector(Map<String, Integer> counts, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        counts.forEach((w, c) -> v.put(w, c * Math.log((double) n / df.get(w))));
        return v;
    }
}
