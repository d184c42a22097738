package org.polynews.represent;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.AnalyzedTerms;
import org.polynews.analyze.Entity;
import org.polynews.analyze.PlaceMention;
import org.polynews.analyze.TimeReference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link ArticleFeatures} from an analysed article. The MinHash signature comes from Lucene's
 * {@link MinHashFilter} over 5-word shingles, so near-copies are found the way Lucene does it.
 */
public final class FeatureExtractor {
    static final int MINHASH_BUCKETS = 128;
    private static final int TOP_TERMS = 120;

    private final Analyzer minHashAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            ShingleFilter shingles = new ShingleFilter(stream, 5, 5);
            shingles.setOutputUnigrams(false);
            return new TokenStreamComponents(tokenizer, new MinHashFilter(shingles, 1, MINHASH_BUCKETS, 1, true));
        }
    };

    public ArticleFeatures features(AnalyzedArticle a) {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            for (String key : e.keys()) {
                names.merge(key, e.mentions(), Integer::sum);
            }
        }
        Map<String, Integer> places = new LinkedHashMap<>();
        Map<String, Integer> countries = new LinkedHashMap<>();
        for (PlaceMention p : a.places()) {
            places.merge(p.place().id(), p.mentions(), Integer::sum);
            countries.merge(p.place().country(), p.mentions(), Integer::sum);
        }
        Set<LocalDate> days = new LinkedHashSet<>();
        LocalDate published = a.article().published();
        if (published != null) {
            days.add(published);
        }
        for (TimeReference t : a.times()) {
            if (t.date() != null && t.granularity() == TimeReference.Granularity.DAY) {
                days.add(t.date());
            }
        }
        Map<String, Integer> terms = new LinkedHashMap<>();
        a.terms().entrySet().stream()
                .filter(e -> e.getKey().length() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_TERMS)
                .forEach(e -> terms.put(e.getKey(), e.getValue()));
        Set<String> numbers = new LinkedHashSet<>(a.numbers());
        return new ArticleFeatures(a.id(), a.language(), names, a.nameCandidates(), places, countries, published,
                days, numbers, terms, minHash(a.article().fullText()));
    }

    private List<String> minHash(String text) {
        return AnalyzedTerms.of(minHashAnalyzer, text);
    }
}
