package org.polynews.server.api;

import org.polynews.cluster.ArticleFilter;
import org.polynews.cluster.CoverageRank;
import org.polynews.cluster.StorylineSelection;
import org.polynews.server.HttpProblem;
import org.polynews.server.Request;

import java.util.List;
import java.util.Locale;

/**
 * How a listing of events or storylines is thinned and ordered: {@code min_sources=N} keeps those with at least N
 * independent sources, {@code min_articles} and {@code max_articles} those with that many articles (the web page lists
 * storylines of one article apart from the others); {@code sort=coverage} (the default) ranks by {@link CoverageRank}, {@code sort=recent} lists the
 * newest first.
 */
final class ListingOrder {
    private final CoverageRank.Order order;
    private final int minSources;
    private final int minArticles;
    private final int maxArticles;

    private ListingOrder(CoverageRank.Order order, int minSources, int minArticles, int maxArticles) {
        this.order = order;
        this.minSources = minSources;
        this.minArticles = minArticles;
        this.maxArticles = maxArticles;
    }

    static ListingOrder from(Request request) {
        String sort = request.query("sort");
        CoverageRank.Order order = sort == null ? CoverageRank.Order.COVERAGE : CoverageRank.Order.named(sort.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> HttpProblem.badRequest("sort must be coverage or recent, not '" + sort + "'"));
        int minArticles = request.intQuery("min_articles", 0, 0, Integer.MAX_VALUE);
        int maxArticles = request.intQuery("max_articles", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
        if (minArticles > maxArticles) {
            throw HttpProblem.badRequest("min_articles " + minArticles + " is more than max_articles " + maxArticles);
        }
        return new ListingOrder(order, request.intQuery("min_sources", 0, 0, Integer.MAX_VALUE), minArticles, maxArticles);
    }

    /** The storylines this order keeps of those passing {@code filter}, from {@code offset} on, at most {@code limit} (null: all). */
    StorylineSelection storylines(ArticleFilter filter, int offset, Integer limit) {
        return new StorylineSelection(filter, minSources, minArticles, maxArticles, order, offset, limit);
    }

    <T extends Listed> List<T> apply(List<T> items) {
        List<T> kept = items.stream().filter(i -> i.coverage().independentSources() >= minSources)
                .filter(i -> i.coverage().articles() >= minArticles && i.coverage().articles() <= maxArticles).toList();
        return CoverageRank.sort(kept, order, i -> i.coverage().independentSources(), Listed::lastPublished, Listed::id);
    }
}
