package org.polynews.store;

import org.polynews.represent.ArticleFeatures;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Clustering candidates among the articles written since the index was last reopened, which the index cannot find
 * yet: ranked, as the index query ranks, by the query terms they share, names, places, days and numbers counting
 * twice (they are what travels across languages).
 */
final class LatestCandidates {
    /** A shared name, place, day or number, or two shared words: less is chance. */
    static final int MIN_SCORE = 2;

    /** An article written since the index was last reopened, and its index terms. */
    record Entry(StoredArticle article, Set<String> indexTerms) {
    }

    private record Scored(StoredArticle article, int score) {
    }

    private LatestCandidates() {
    }

    /** Up to {@code limit} of {@code latest} (not {@code excludeId}, only those {@code eligible}), best first. */
    static List<StoredArticle> rank(String excludeId, List<String> terms, Collection<Entry> latest, int limit,
                                    Predicate<String> eligible) {
        return latest.stream()
                .filter(e -> !e.article().id().equals(excludeId) && eligible.test(e.article().id()))
                .map(e -> new Scored(e.article(), score(terms, e.indexTerms())))
                .filter(s -> s.score() >= MIN_SCORE)
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingLong(s -> s.article().sequence()))
                .limit(limit)
                .map(Scored::article)
                .toList();
    }

    private static int score(List<String> terms, Set<String> indexTerms) {
        int score = 0;
        for (String term : terms) {
            if (indexTerms.contains(term)) {
                score += term.startsWith(ArticleFeatures.TERM) ? 1 : 2;
            }
        }
        return score;
    }
}
