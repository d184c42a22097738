package org.polynews.cluster;

import org.polynews.store.ArticleDigest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What ranking and filtering a storyline takes, kept in the grouping file beside its facts and small, so that a
 * listing reads this for every storyline and the facts of those it shows only.
 *
 * @param created            its place among storylines, oldest first
 * @param independentSources its coverage's ({@link Coverage#independentSources})
 * @param articles           its articles stored
 * @param days               each language it has articles in, with their distinct publication dates, earliest first
 *                           (empty when none is dated)
 */
public record StorylineStanding(long created, int independentSources, int articles, LocalDate lastPublished,
                                Map<String, List<LocalDate>> days) {
    public StorylineStanding {
        days = Map.copyOf(days);
    }

    static StorylineStanding of(long created, StorylineFacts facts, List<ArticleDigest> articles) {
        Map<String, Set<LocalDate>> days = new TreeMap<>();
        for (ArticleDigest a : articles) {
            Set<LocalDate> ofLanguage = days.computeIfAbsent(a.language(), k -> new TreeSet<>());
            if (a.published() != null) {
                ofLanguage.add(a.published());
            }
        }
        Map<String, List<LocalDate>> lists = new HashMap<>();
        days.forEach((language, dates) -> lists.put(language, List.copyOf(dates)));
        return new StorylineStanding(created, facts.coverage().independentSources(), facts.coverage().articles(), facts.lastPublished(), lists);
    }

    /**
     * Whether one of its articles passes the filter's language and dates ({@link ArticleFilter#matches}); a filter
     * of sites needs the articles themselves.
     */
    boolean matchesLanguageAndDates(ArticleFilter filter) {
        if (filter.site() != null) {
            throw new IllegalArgumentException("a storyline's standing does not say which sites reported it");
        }
        // a language's undated articles matter only without dates asked for, and then any of its dated ones pass as well
        return days.entrySet().stream().anyMatch(e -> e.getValue().isEmpty()
                ? filter.matchesLanguageAndDate(e.getKey(), null)
                : e.getValue().stream().anyMatch(d -> filter.matchesLanguageAndDate(e.getKey(), d)));
    }
}
