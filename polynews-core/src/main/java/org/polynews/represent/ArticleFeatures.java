package org.polynews.represent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
