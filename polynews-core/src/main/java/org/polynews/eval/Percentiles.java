package org.polynews.eval;

import java.util.List;

/** Percentiles of measured values, as benchmarks report latencies. */
public final class Percentiles {
    private Percentiles() {
    }

    /** Nearest-rank percentile ({@code p} from 0 to 1) of values sorted ascending; at least one value. */
    public static long nearestRank(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
