package org.polynews.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polynews.cluster.StoryReport;

import java.time.LocalDate;
import java.util.List;

/** A storyline as listings show it, with its coverage (as {@link EventItem}'s). */
public record StorylineItem(String id, String title,
                            @JsonProperty("first_published") LocalDate firstPublished,
                            @JsonProperty("last_published") LocalDate lastPublished,
                            List<String> languages,
                            @JsonProperty("event_count") int eventCount,
                            @JsonProperty("article_count") int articleCount,
                            CoverageItem coverage, List<String> events) implements Listed {

    static StorylineItem of(StoryReport.StorylineSummary s) {
        return new StorylineItem(s.id(), s.title(), s.firstPublished(), s.lastPublished(), s.languages(), s.events().size(),
                s.coverage().articles(), CoverageItem.of(s.coverage()), s.events());
    }
}
