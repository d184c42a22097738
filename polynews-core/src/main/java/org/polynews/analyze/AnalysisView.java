package org.polynews.analyze;

import org.polynews.extract.Article;

import java.util.List;
import java.util.Map;

/**
 * What the analysis of an article found, as people read it (`show`, the API): without the stem and possible-name
 * tables that grouping counts with.
 */
public record AnalysisView(String id, Article article, String language, Map<String, Integer> languageShares, List<Entity> entities,
                           List<PlaceMention> places, List<TimeReference> times, List<String> keywords, List<String> numbers,
                           StyleProfile style) {

    public static AnalysisView of(AnalyzedArticle a) {
        return new AnalysisView(a.id(), a.article(), a.language(), a.languageShares(), a.entities(), a.places(), a.times(), a.keywords(),
                a.numbers(), a.style());
    }
}
