package org.polynews.cluster;

import java.time.LocalDate;
import java.util.List;

/**
 * The grouping as saved to disk: events with their articles, the links that chain events into
 * storylines, and near-copy pairs. Storylines themselves are derived from the links.
 */
public record ClusterSnapshot(int version, List<EventRecord> events, List<EventLink> links, List<NearCopy> nearCopies) {
    public static final int VERSION = 1;

    public ClusterSnapshot {
        events = List.copyOf(events);
        links = List.copyOf(links);
        nearCopies = List.copyOf(nearCopies);
    }

    public static ClusterSnapshot empty() {
        return new ClusterSnapshot(VERSION, List.of(), List.of(), List.of());
    }

    /**
     * An event: articles reporting the same happening, in the order they joined, and the span of their
     * publication dates (null when none is dated).
     */
    public record EventRecord(String id, long created, List<String> articles, LocalDate firstPublished, LocalDate lastPublished) {
        public EventRecord {
            articles = List.copyOf(articles);
        }
    }

    /** Two events that continue one story, and how strongly. */
    public record EventLink(String first, String second, double score) {
    }

    /** Two articles whose text is largely the same (syndicated or re-posted). */
    public record NearCopy(String first, String second, double similarity) {
    }
}
