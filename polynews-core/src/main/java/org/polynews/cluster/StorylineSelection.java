package org.polynews.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which storylines a listing shows, in which order: those with an article passing {@code filter} and at least
 * {@code minSources} independent sources, ordered as {@code order} says, at most {@code limit} of them (null: all).
 */
public record StorylineSelection(ArticleFilter filter, int minSources, CoverageRank.Order order, Integer limit) {
    /** Every storyline, ranked by coverage. */
    public static final StorylineSelection ALL = new StorylineSelection(new ArticleFilter(null, null, null, null), 0, CoverageRank.Order.COVERAGE, null);

    /** A storyline as a selection weighs it: its independent sources, its latest date, and whether an article of it passes a filter. */
    record Candidate(String id, int sources, LocalDate lastPublished, Predicate<ArticleFilter> passes) {
    }

    /** The ids of the candidates selected, in the order asked for. */
    List<String> apply(List<Candidate> candidates) {
        List<Candidate> kept = candidates.stream()
                .filter(c -> c.sources() >= minSources)
                .filter(c -> filter.isEmpty() || c.passes().test(filter))
                .toList();
        kept = CoverageRank.sort(kept, order, Candidate::sources, Candidate::lastPublished, Candidate::id);
        return (limit == null ? kept : kept.subList(0, Math.min(Math.max(limit, 0), kept.size()))).stream().map(Candidate::id).toList();
    }
}
