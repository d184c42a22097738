package org.polynews.cluster;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored articles that name one subject (a person's or organisation's key, a place id), by language and by source
 * country, each article as an ordinal (ascending), and the subject as the first of them wrote it: what
 * {@link BlindspotFinder} looks for a story's subjects in.
 */
record SubjectArticles(String name, Map<String, int[]> languages, Map<String, int[]> countries) {
    SubjectArticles {
        languages = Collections.unmodifiableMap(new TreeMap<>(languages));
        countries = Collections.unmodifiableMap(new TreeMap<>(countries));
    }

    /** These articles and then {@code later} ones (whose ordinals are all higher); the name stays the first one. */
    SubjectArticles plus(SubjectArticles later) {
        return new SubjectArticles(name, concat(languages, later.languages), concat(countries, later.countries));
    }

    private static Map<String, int[]> concat(Map<String, int[]> a, Map<String, int[]> b) {
        Map<String, int[]> out = new TreeMap<>(a);
        b.forEach((code, ordinals) -> out.merge(code, ordinals, (x, y) -> {
            int[] both = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, both, x.length, y.length);
            return both;
        }));
        return out;
    }
}
