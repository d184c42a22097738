package org.polynews.cluster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.polynews.store.ArticleDigest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Events and storylines over every stored article, as `stories` prints them.
 *
 * @param mergedStorylines ids of storylines that were merged into another, with the id they go by now
 * @param mergedEvents     the same for events
 */
public record StoryReport(List<ArticleSummary> articles, List<EventSummary> events, List<StorylineSummary> storylines,
                          @JsonProperty("near_copies") List<ClusterSnapshot.NearCopy> nearCopies,
                          @JsonProperty("merged_storylines") Map<String, String> mergedStorylines,
                          @JsonProperty("merged_events") Map<String, String> mergedEvents) {

    /** The merged ids sorted: the same grouping prints the same, however its maps were built. */
    public StoryReport {
        mergedStorylines = Collections.unmodifiableMap(new TreeMap<>(mergedStorylines));
        mergedEvents = Collections.unmodifiableMap(new TreeMap<>(mergedEvents));
    }

    public record ArticleSummary(String id, String source, String title, String language, LocalDate published,
                                 String site, String event, String storyline) {
        /** The article as listed: its title (or the start of its text), with its event and storyline (null when ungrouped). */
        public static ArticleSummary of(ArticleDigest a, String event, String storyline) {
            return new ArticleSummary(a.id(), a.source(), a.label(), a.language(), a.published(), a.site(), event, storyline);
        }
    }

    /**
     * The report narrowed to some of its storylines, in the order given: their events, their articles, and the
     * near-copy pairs among those articles.
     */
    public StoryReport restrictedTo(List<StorylineSummary> kept) {
        Set<String> storylineIds = new HashSet<>();
        kept.forEach(s -> storylineIds.add(s.id()));
        List<EventSummary> keptEvents = events.stream().filter(e -> storylineIds.contains(e.storyline())).toList();
        Set<String> articleIds = new HashSet<>();
        keptEvents.forEach(e -> articleIds.addAll(e.articles()));
        return new StoryReport(articles.stream().filter(a -> articleIds.contains(a.id())).toList(), keptEvents, List.copyOf(kept),
                nearCopies.stream().filter(n -> articleIds.contains(n.first()) && articleIds.contains(n.second())).toList(),
                mergedStorylines, mergedEvents);
    }

    /**
     * The report with every event and storyline titled in a reader's language where an article of it has a title
     * in that language (else as before); the report itself when {@code language} is null.
     */
    public StoryReport inLanguage(String language) {
        if (language == null) {
            return this;
        }
        return new StoryReport(articles, events.stream().map(e -> e.inLanguage(language)).toList(),
                storylines.stream().map(s -> s.inLanguage(language)).toList(), nearCopies, mergedStorylines, mergedEvents);
    }

    /**
     * @param link     why the event joined its storyline (null for the event that started it)
     * @param coverage who reported it, in which languages, first and after
     * @param titles   its title in each language one of its articles has a title in (not printed: {@link #inLanguage})
     */
    public record EventSummary(String id, List<String> articles, String title, List<String> languages,
                               @JsonProperty("first_published") LocalDate firstPublished, List<String> sources,
                               String storyline, @JsonProperty("storyline_link") ClusterSnapshot.StorylineLink link,
                               Coverage coverage, @JsonIgnore Map<String, String> titles) {
        public EventSummary {
            titles = titles == null ? Map.of() : Map.copyOf(titles); // not in JSON: a report read back is titled already
        }

        EventSummary inLanguage(String language) {
            return new EventSummary(id, articles, titles.getOrDefault(language, title), languages, firstPublished, sources,
                    storyline, link, coverage, titles);
        }
    }

    /**
     * @param coverage who reported its events, in which languages, first and after
     * @param titles   its title in each language the headline of its best-covered event has (not printed: {@link #inLanguage})
     */
    public record StorylineSummary(String id, List<String> events, String title,
                                   @JsonProperty("first_published") LocalDate firstPublished,
                                   @JsonProperty("last_published") LocalDate lastPublished, List<String> languages,
                                   Coverage coverage, @JsonIgnore Map<String, String> titles) {
        public StorylineSummary {
            titles = titles == null ? Map.of() : Map.copyOf(titles); // not in JSON: a report read back is titled already
        }

        StorylineSummary inLanguage(String language) {
            return new StorylineSummary(id, events, titles.getOrDefault(language, title), firstPublished, lastPublished,
                    languages, coverage, titles);
        }
    }
}
