package org.polynews.cluster;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;

/** Events and storylines over every stored article, as `stories` prints them. */
public record StoryReport(List<ArticleSummary> articles, List<EventSummary> events, List<StorylineSummary> storylines,
                          @JsonProperty("near_copies") List<ClusterSnapshot.NearCopy> nearCopies) {

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
