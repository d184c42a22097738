package org.polynews.store;

import org.polynews.analyze.AnalyzedArticle;
import org.polynews.represent.ArticleFeatures;
import org.polynews.represent.ArticleVector;

import java.util.List;

/**
 * An article as kept in the store: the analysis, its features, its place in ingest order, and its vector when
 * a sentence encoder is in use.
 *
 * @param sequence       order of ingestion (0 = first)
 * @param vector         the encoder's vector of it, or null
 * @param siteParagraphs {@link SiteFurniture#keys} of the page as published, its site's furniture included (which the
 *                       analysis may lack); null for an article stored before they were kept
 */
public record StoredArticle(long sequence, AnalyzedArticle analysis, ArticleFeatures features, ArticleVector vector,
                            List<String> siteParagraphs) {
    public StoredArticle {
        siteParagraphs = siteParagraphs == null ? null : List.copyOf(siteParagraphs);
    }

    public String id() {
        return analysis.id();
    }

    public StoredArticle withVector(ArticleVector newVector) {
        return new StoredArticle(sequence, analysis, features, newVector, siteParagraphs);
    }
}
