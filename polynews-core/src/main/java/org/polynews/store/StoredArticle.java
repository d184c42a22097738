package org.polynews.store;

import org.polynews.analyze.AnalyzedArticle;
import org.polynews.represent.ArticleFeatures;

/**
 * An article as kept in the store: the analysis, its features, and its place in ingest order.
 *
 * @param sequence order of ingestion (0 = first)
 */
public record StoredArticle(long sequence, AnalyzedArticle analysis, ArticleFeatures features) {
    public String id() {
        return analysis.id();
    }
}
