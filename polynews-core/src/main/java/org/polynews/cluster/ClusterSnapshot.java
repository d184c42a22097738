package org.polynews.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The whole grouping at one moment, as reports read it: events with their articles, storylines with their events,
 * why each event joined its storyline, the ids of storylines and of events merged into others (with the id they go
 * by now), and near-copy pairs.
 */
public record ClusterSnapshot(List<EventRecord> events, List<StorylineRecord> storylines, List<StorylineLink> links,
                              Map<String, String> merged, Map<String, String> mergedEvents, List<NearCopy> nearCopies) {
    public ClusterSnapshot {
        events = List.copyOf(events);
        storylines = List.copyOf(storylines);
        links = List.copyOf(links);
        merged = Map.copyOf(merged);
        mergedEvents = Map.copyOf(mergedEvents);
        nearCopies = List.copyOf(nearCopies);
    }

    /**
     * An event: articles reporting the same happening, in the order they joined, the span of their publication
     * dates (null when none is dated), and its storyline.
     */
    public record EventRecord(String id, long created, List<String> articles, LocalDate firstPublished, LocalDate lastPublished,
                              String storyline) {
        public EventRecord {
            articles = List.copyOf(articles);
        }
    }

    /** A storyline: its events in the order they joined. */
    public record StorylineRecord(String id, long created, List<String> events) {
        public StorylineRecord {
            events = List.copyOf(events);
        }
    }

    /**
     * Why an event joined a storyline (or a storyline was merged into another, {@code event} then being the
     * merged storyline's first event): the storyline decision's probability and the names, places and words they share.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StorylineLink(String event, String storyline, double score, List<String> names, List<String> places,
                                List<String> words) {
        public StorylineLink {
            names = List.copyOf(names);
            places = List.copyOf(places);
            words = List.copyOf(words);
        }

        static StorylineLink of(String event, String storyline, StoryFit fit, double score) {
            return new StorylineLink(event, storyline, Math.round(score * 1000) / 1000.0, fit.sharedNames(), fit.sharedPlaces(), fit.sharedWords());
        }
    }

    /** Two articles whose text is largely the same (syndicated or re-posted). */
    public record NearCopy(String first, String second, double similarity) {
    }
}
