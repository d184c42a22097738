package org.polynews.server.api;

import org.polynews.server.HttpProblem;
import org.polynews.server.Request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a listing of events or storylines is thinned and ordered: {@code min_sources=N} keeps those with at least N
 * independent sources; {@code sort=coverage} (the default) ranks by independent sources times recency, where weight
 * halves every {@value #HALF_LIFE_DAYS} days before the newest item listed (undated items weigh as the oldest dated);
 * {@code sort=recent} lists the newest first.
 */
final class ListingOrder {
    static final int HALF_LIFE_DAYS = 30;

    private final boolean byCoverage;
    private final int minSources;

    private ListingOrder(boolean byCoverage, int minSources) {
        this.byCoverage = byCoverage;
        this.minSources = minSources;
    }

    static ListingOrder from(Request request) {
        String sort = request.query("sort");
        String how = sort == null ? "coverage" : sort.toLowerCase(Locale.ROOT);
        if (!how.equals("coverage") && !how.equals("recent")) {
            throw HttpProblem.badRequest("sort must be coverage or recent, not '" + sort + "'");
        }
        return new ListingOrder(how.equals("coverage"), request.intQuery("min_sources", 0, 0, Integer.MAX_VALUE));
    }

    <T extends Listed> List<T> apply(List<T> items) {
        List<T> kept = items.stream().filter(i -> i.coverage().independentSources() >= minSources).toList();
        Comparator<T> newestFirst = Comparator.comparing(Listed::lastPublished, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
        if (!byCoverage) {
            return kept.stream().sorted(newestFirst.thenComparing(Listed::id)).toList();
        }
        LocalDate newest = kept.stream().map(Listed::lastPublished).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        LocalDate oldest = kept.stream().map(Listed::lastPublished).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Comparator<T> byScore = Comparator.comparingDouble((T i) -> score(i, newest, oldest)).reversed();
        return kept.stream().sorted(byScore.thenComparing(newestFirst).thenComparing(Listed::id)).toList();
    }

    /** Independent sources, halved for every {@value #HALF_LIFE_DAYS} days before the newest item. */
    static double score(Listed item, LocalDate newest, LocalDate oldest) {
        LocalDate day = item.lastPublished() != null ? item.lastPublished() : oldest;
        double age = newest == null || day == null ? 0 : ChronoUnit.DAYS.between(day, newest);
        return item.coverage().independentSources() * Math.pow(0.5, age / HALF_LIFE_DAYS);
    }
}
