package org.polynews.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which storylines a listing shows, in which order: those with an article passing {@code filter}, at least
 * {@code minSources} independent sources and {@code minArticles} to {@code maxArticles} articles, ordered as
 * {@code order} says, from the {@code offset}-th on, at most {@code limit} of them (null: all).
 */
public record StorylineSelection(ArticleFilter filter, int minSources, int minArticles, int maxArticles, CoverageRank.Order order,
                                 int offset, Integer limit) {
    /** Every storyline, ranked by coverage. */
    public static final StorylineSelection ALL = new StorylineSelection(new ArticleFilter(null, null, null, null), 0, CoverageRank.Order.COVERAGE, null);

    /** The first {@code limit} (null: all) of those passing the filter with at least {@code minSources}, as ordered. */
    public StorylineSelection(ArticleFilter filter, int minSources, CoverageRank.Order order, Integer limit) {
        this(filter, minSources, 0, Integer.MAX_VALUE, order, 0, limit);
    }

    /** A storyline as a selection weighs it: its independent sources and articles, its latest date, and whether an article of it passes a filter. */
    record Candidate(String id, int sources, int articles, LocalDate lastPublished, Predicate<ArticleFilter> passes) {
    }

    /** The ids of the storylines shown, in order, and how many passed the filters. */
    record Chosen(List<String> ids, int matched) {
    }

    Chosen apply(List<Candidate> candidates) {
        List<Candidate> kept = candidates.stream()
                .filter(c -> c.sources() >= minSources && c.articles() >= minArticles && c.articles() <= maxArticles)
                .filter(c -> filter.isEmpty() || c.passes().test(filter))
                .toList();
        kept = CoverageRank.sort(kept, order, Candidate::sources, Candidate::lastPublished, Candidate::id);
        int from = Math.min(Math.max(offset, 0), kept.size());
        int to = limit == null ? kept.size() : (int) Math.min(kept.size(), (long) from + Math.max(limit, 0));
        return new Chosen(kept.subList(from, to).stream().map(Candidate::id).toList(), kept.size());
    }
}
