package org.polynews.store;

import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Entity;
import org.polynews.extract.Article;

import java.time.LocalDate;
import java.util.List;

/**
 * The little of a stored article that reports and listings need, kept in the index beside the article so that a
 * report over the whole store reads a few hundred bytes per article instead of its analysis.
 *
 * @param label  its title, or its first sentence when untitled ({@link Article#label})
 * @param names  the people and organisations it names, as the analysis found them (no names of unknown kind)
 * @param places the places it names
 */
public record ArticleDigest(String id, String source, String url, String site, String title, String label, String language,
                            LocalDate published, List<Name> names, List<PlaceName> places) {
    public ArticleDigest {
        names = List.copyOf(names);
        places = List.copyOf(places);
    }

    /** A person or organisation: its kind, its cross-script head key ({@link Entity#headKey}) and its fullest written form. */
    public record Name(Entity.Type type, String key, String name) {
    }

    /** A place by its gazetteer id and name. */
    public record PlaceName(String id, String name) {
    }

    public static ArticleDigest of(AnalyzedArticle analysis) {
        Article article = analysis.article();
        List<Name> names = analysis.entities().stream().filter(e -> e.type() != Entity.Type.NAME)
                .map(e -> new Name(e.type(), e.headKey(), e.name())).toList();
        List<PlaceName> places = analysis.places().stream().map(p -> new PlaceName(p.place().id(), p.place().name())).toList();
        return new ArticleDigest(analysis.id(), article.source(), article.url(), article.site(), article.title(), article.label(),
                analysis.language(), article.published(), names, places);
    }
}
