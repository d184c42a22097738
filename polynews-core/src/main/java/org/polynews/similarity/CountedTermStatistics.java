package org.polynews.similarity;

import org.polynews.represent.ArticleFeatures;

import java.util.HashMap;
import java.util.Map;

/**
 * Term statistics counted over a given set of articles, for comparing articles that are not in a store
 * (an evaluation file): the same inverse document frequency the store computes from its index.
 */
public final class CountedTermStatistics implements TermStatistics {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    public CountedTermStatistics(Iterable<ArticleFeatures> articles) {
        for (ArticleFeatures f : articles) {
            documents++;
            for (String term : f.indexTerms()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
    }

    @Override
    public double idf(String term) {
        return 1 + Math.log((documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0));
    }

    @Override
    public boolean isKnownName(String key) {
        return documentFrequency.containsKey(ArticleFeatures.NAME + key);
    }
}
