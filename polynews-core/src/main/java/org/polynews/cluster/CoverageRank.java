package org.polynews.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

    /** The items ranked; {@code sources} gives an item's independent sources, {@code last} its latest date (or null). */
    public static <T> List<T> rank(List<T> items, ToIntFunction<T> sources, Function<T, LocalDate> last, Function<T, String> id) {
        LocalDate newest = items.stream().map(last).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Comparator<T> byScore = Comparator.comparingDouble((T i) -> score(sources.applyAsInt(i), last.apply(i), newest)).reversed();
        return items.stream().sorted(byScore.thenComparing(newestFirst(last)).thenComparing(id)).toList();
    }

    /** Newest first, undated last. */
    public static <T> Comparator<T> newestFirst(Function<T, LocalDate> last) {
        return Comparator.comparing(last, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
    }

    static double score(int sources, LocalDate last, LocalDate newest) {
        double age = last == null ? HALF_LIFE_DAYS : newest == null ? 0 : ChronoUnit.DAYS.between(last, newest);
        return sources * Math.pow(0.5, age / HALF_LIFE_DAYS);
    }
}
