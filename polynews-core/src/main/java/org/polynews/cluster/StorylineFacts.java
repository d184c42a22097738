package org.polynews.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a storyline's events and articles say about it, kept in the grouping file as {@link EventFacts} are.
 *
 * @param events   its events with an article stored, the earliest first
 * @param titles   its title in each language the headline of its best-covered event has
 * @param subjects what most of its articles name ({@link BlindspotFinder#subjects})
 */
public record StorylineFacts(List<String> events, String title, Map<String, String> titles, LocalDate firstPublished,
                             LocalDate lastPublished, List<String> languages, Coverage coverage, List<String> subjects) {
    public StorylineFacts {
        events = List.copyOf(events);
        titles = Map.copyOf(titles);
        languages = List.copyOf(languages);
        subjects = List.copyOf(subjects);
    }

}
