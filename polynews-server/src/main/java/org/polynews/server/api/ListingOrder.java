package org.polynews.server.api;

import org.polynews.cluster.CoverageRank;
import org.polynews.server.HttpProblem;
import org.polynews.server.Request;

import java.util.List;
import java.util.Locale;

/**
 * How a listing of events or storylines is thinned and ordered: {@code min_sources=N} keeps those with at least N
 * independent sources; {@code sort=coverage} (the default) ranks by {@link CoverageRank}, {@code sort=recent} lists the
 * newest first.
 */
final class ListingOrder {
    private final CoverageRank.Order order;
    private final int minSources;

    private ListingOrder(CoverageRank.Order order, int minSources) {
        this.order = order;
        this.minSources = minSources;
    }

    static ListingOrder from(Request request) {
        String sort = request.query("sort");
        CoverageRank.Order order = sort == null ? CoverageRank.Order.COVERAGE : CoverageRank.Order.named(sort.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> HttpProblem.badRequest("sort must be coverage or recent, not '" + sort + "'"));
        return new ListingOrder(order, request.intQuery("min_sources", 0, 0, Integer.MAX_VALUE));
    }

    <T extends Listed> List<T> apply(List<T> items) {
        List<T> kept = items.stream().filter(i -> i.coverage().independentSources() >= minSources).toList();
        return CoverageRank.sort(kept, order, i -> i.coverage().independentSources(), Listed::lastPublished, Listed::id);
    }
}
