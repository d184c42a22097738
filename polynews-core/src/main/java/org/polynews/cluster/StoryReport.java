package org.polynews.cluster;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

    public record ArticleSummary(String id, String source, String title, String language, LocalDate published,
                                 String site, String event, String storyline) {
    }

    /** @param link why the event joined its storyline (null for the event that started it) */
    public record EventSummary(String id, List<String> articles, String title, List<String> languages,
                               @JsonProperty("first_published") LocalDate firstPublished, List<String> sources,
                               String storyline, @JsonProperty("storyline_link") ClusterSnapshot.StorylineLink link) {
    }

    public record StorylineSummary(String id, List<String> events, String title,
                                   @JsonProperty("first_published") LocalDate firstPublished,
                                   @JsonProperty("last_published") LocalDate lastPublished, List<String> languages) {
    }
}
