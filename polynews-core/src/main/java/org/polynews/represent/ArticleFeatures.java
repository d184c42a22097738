package org.polynews.represent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The language-independent view of an article that comparison and clustering work on: name keys, places,
 * days, numbers — the things news shares across languages — plus content-word stems, which only
 * compare within one language, and a MinHash signature of its wording for near-copy detection.
 *
 * @param id         article id
 * @param language   main language
 * @param names      name keys of detected entities, with mention counts
 * @param candidates keys of content words in scripts without capitals (possible names)
 * @param places     place ids with mention counts
 * @param countries  country codes of the places, with mention counts
 * @param published  publication date, or null
 * @param days       days the article refers to (day precision)
 * @param numbers    numbers written in it
 * @param terms      content-word stems with counts
 * @param minHash    MinHash signature of its word shingles
 */
public record ArticleFeatures(String id, String language, Map<String, Integer> names, Map<String, Integer> candidates,
                              Map<String, Integer> places, Map<String, Integer> countries, LocalDate published,
                              Set<LocalDate> days, Set<String> numbers, Map<String, Integer> terms, List<String> minHash) {

    public static final String NAME = "n:";
    public static final String CANDIDATE = "c:";
    public static final String PLACE = "g:";
    public static final String DAY = "d:";
    public static final String NUMBER = "#:";
    public static final String TERM = "t:";

    /**
     * The terms to look for similar articles by: every name, place, day and number (few, and what travels across
     * languages), and of its words and possible names the {@code words} that weigh most (log-damped count times
     * {@code idf} of the term as {@link #indexTerms} writes it). A query of every word would walk the long postings of
     * the commonest words of the store for each new article, though they barely change which articles rank first.
     */
    public List<String> queryTerms(ToDoubleFunction<String> idf, int words) {
        List<String> out = new ArrayList<>();
        names.keySet().forEach(k -> out.add(NAME + k));
        places.keySet().forEach(k -> out.add(PLACE + k));
        days.forEach(d -> out.add(DAY + d));
        numbers.forEach(n -> out.add(NUMBER + n));
        Map<String, Double> weighed = new HashMap<>();
        candidates.forEach((k, n) -> weighed.put(CANDIDATE + k, (1 + Math.log(n)) * idf.applyAsDouble(NAME + k)));
        terms.forEach((t, n) -> weighed.put(TERM + language + ":" + t, (1 + Math.log(n)) * idf.applyAsDouble(TERM + language + ":" + t)));
        weighed.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(words)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    /** The terms this article is indexed under for candidate retrieval (and document frequencies). */
    public List<String> indexTerms() {
        List<String> out = new ArrayList<>();
        names.keySet().forEach(k -> out.add(NAME + k));
        candidates.keySet().forEach(k -> out.add(CANDIDATE + k));
        places.keySet().forEach(k -> out.add(PLACE + k));
        days.forEach(d -> out.add(DAY + d));
        numbers.forEach(n -> out.add(NUMBER + n));
        terms.keySet().forEach(t -> out.add(TERM + language + ":" + t));
        return out;
    }
}
