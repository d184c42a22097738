package org.polynews.analyze;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Unmodifiable copies of maps that iterate in key order. {@link Map#copyOf} iterates in an order that changes from
 * one run of the JVM to the next, and sums over a map's values (cosines, profiles) change in their last bits with it,
 * enough to tip a decision that lies on a threshold: grouping the same files twice must give the same result.
 */
public final class StableMaps {
    private StableMaps() {
    }

    public static <V> Map<String, V> copyOf(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(map)));
    }
}
