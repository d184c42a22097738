package org.polynews.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a storyline's events and articles say about it, kept in the grouping file as {@link EventFacts} are, with
 * what listing and filtering it takes: its sources, its span, and on which days each language reported on it.
 *
 * @param events   its events with an article stored, the earliest first
 * @param titles   its title in each language the headline of its best-covered event has
 * @param subjects what most of its articles name ({@link BlindspotFinder#subjects})
 * @param days     each language it has articles in, with their distinct publication dates, earliest first (empty when
 *                 none is dated)
 */
public record StorylineFacts(List<String> events, String title, Map<String, String> titles, LocalDate firstPublished,
                             LocalDate lastPublished, List<String> languages, Coverage coverage, List<String> subjects,
                             Map<String, List<LocalDate>> days) {
    public StorylineFacts {
        events = List.copyOf(events);
        titles = Map.copyOf(titles);
        languages = List.copyOf(languages);
        subjects = List.copyOf(subjects);
        days = Map.copyOf(days);
    }

    /**
     * Whether one of its articles passes the filter's language and dates ({@link ArticleFilter#matches}); a filter
     * of sites needs the articles themselves.
     */
    boolean matchesLanguageAndDates(ArticleFilter filter) {
        if (filter.site() != null) {
            throw new IllegalArgumentException("a storyline's facts do not say which sites reported it");
        }
        boolean dated = filter.from() != null || filter.to() != null;
        return days.entrySet().stream()
                .filter(e -> filter.language() == null || filter.language().equals(e.getKey()))
                .anyMatch(e -> !dated || e.getValue().stream().anyMatch(d -> (filter.from() == null || !d.isBefore(filter.from()))
                        && (filter.to() == null || !d.isAfter(filter.to()))));
    }
}
