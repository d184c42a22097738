package org.polynews.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The grouping as saved to disk: events with their articles, storylines with their events and profiles, why each
 * event joined its storyline, the ids of storylines and of events merged into others (with the id they go by now),
 * and near-copy pairs.
 */
public record ClusterSnapshot(int version, List<EventRecord> events, List<StorylineRecord> storylines, List<StorylineLink> links,
                              Map<String, String> merged, Map<String, String> mergedEvents, List<NearCopy> nearCopies,
                              String indexCommit) {
    /**
     * 4: a storyline profile keeps the possible names of caseless scripts apart from its names (a grouping made by the
     * rules of 3 is rebuilt); 3: storylines joined by the fitted storyline decision, events found among candidates in other languages too
     * (a grouping made by the rules of 2 is rebuilt); 2: storylines are profiles that events join (1 derived them
     * from links between events).
     */
    public static final int VERSION = 4;

    public ClusterSnapshot {
        events = List.copyOf(events);
        storylines = List.copyOf(storylines);
        links = List.copyOf(links);
        merged = Map.copyOf(merged);
        mergedEvents = mergedEvents == null ? Map.of() : Map.copyOf(mergedEvents);
        nearCopies = List.copyOf(nearCopies);
    }

    public static ClusterSnapshot empty() {
        return new ClusterSnapshot(VERSION, List.of(), List.of(), List.of(), Map.of(), Map.of(), List.of(), null);
    }

    /**
     * This grouping marked as made over the index commit {@code token} ({@link org.polynews.store.ArticleStore#commitToken}):
     * a grouping whose mark differs from the index's was made over other articles (an index restored or copied alone).
     */
    public ClusterSnapshot over(String token) {
        return new ClusterSnapshot(version, events, storylines, links, merged, mergedEvents, nearCopies, token);
    }

    /**
     * An event: articles reporting the same happening, in the order they joined, the span of their publication
     * dates (null when none is dated), its storyline, how strongly each article but the founder matched it, and
     * which of its articles are undated (they may yet move to a closer event).
     */
    public record EventRecord(String id, long created, List<String> articles, LocalDate firstPublished, LocalDate lastPublished,
                              String storyline, Map<String, Double> joined, List<String> undated) {
        public EventRecord {
            articles = List.copyOf(articles);
            joined = joined == null ? Map.of() : Map.copyOf(joined);
            undated = undated == null ? List.of() : List.copyOf(undated);
        }
    }

    /** A storyline: its events in the order they joined, and what it is about. */
    public record StorylineRecord(String id, long created, List<String> events, StoryProfile profile) {
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
