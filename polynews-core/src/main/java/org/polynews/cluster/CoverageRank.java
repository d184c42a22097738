package org.polynews.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Orders events or storylines the way a reader scans news: by independent sources times recency, the weight halving
 * every {@value #HALF_LIFE_DAYS} days before the newest item ranked; an undated item (the norm in many feeds) weighs
 * half, as if one half-life old. Ties newest first, then by id. Recency counts from the newest item, not today, so an
 * archive of old news ranks as well.
 */
public final class CoverageRank {
    public static final int HALF_LIFE_DAYS = 30;

    private CoverageRank() {
    }

    /** How a listing is ordered: by coverage, or newest first. */
    public enum Order {
        COVERAGE, RECENT;

        /** The order named {@code coverage} or {@code recent}, if that is what {@code name} is. */
        public static Optional<Order> named(String name) {
            return Arrays.stream(values()).filter(o -> o.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
        }
    }

    /**
     * The items in the given order; {@code sources} gives an item's independent sources, {@code last} its latest date
     * (or null), {@code id} what breaks the last ties.
     */
    public static <T> List<T> sort(List<T> items, Order order, ToIntFunction<T> sources, Function<T, LocalDate> last, Function<T, String> id) {
        return order == Order.RECENT ? items.stream().sorted(newestFirst(last).thenComparing(id)).toList() : rank(items, sources, last, id);
    }

    /** The items ranked by coverage. */
    private static <T> List<T> rank(List<T> items, ToIntFunction<T> sources, Function<T, LocalDate> last, Function<T, String> id) {
        LocalDate newest = items.stream().map(last).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Comparator<T> byScore = Comparator.comparingDouble((T i) -> score(sources.applyAsInt(i), last.apply(i), newest)).reversed();
        return items.stream().sorted(byScore.thenComparing(newestFirst(last)).thenComparing(id)).toList();
    }

    /** Newest first, undated last. */
    private static <T> Comparator<T> newestFirst(Function<T, LocalDate> last) {
        return Comparator.comparing(last, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
    }

    static double score(int sources, LocalDate last, LocalDate newest) {
        double age = last == null ? HALF_LIFE_DAYS : newest == null ? 0 : ChronoUnit.DAYS.between(last, newest);
        return sources * Math.pow(0.5, age / HALF_LIFE_DAYS);
    }
}
