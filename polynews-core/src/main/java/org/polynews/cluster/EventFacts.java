package org.polynews.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an event's articles say about it: made from their digests when its articles change and kept in the grouping
 * file, so that a report reads this instead of every article. Its coverage has no blindspots: those depend on the
 * whole store and are found when reported, for {@code subjects}.
 *
 * @param title    the headline of its first titled article (else the first article's label)
 * @param titles   the first headline in each language
 * @param sources  each article's site (or source when it has none), distinct, in the articles' order
 * @param subjects what most of its articles name ({@link BlindspotFinder#subjects}), to look for elsewhere
 */
public record EventFacts(String title, Map<String, String> titles, List<String> languages, LocalDate firstPublished, List<String> sources,
                         Coverage coverage, List<String> subjects) {
    public EventFacts {
        titles = Map.copyOf(titles);
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        subjects = List.copyOf(subjects);
    }
}
