package org.polynews.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The current grouping of articles into events, the links between events, and near-copies. Mutable,
 * owned by one engine; {@link #snapshot()} gives the immutable form that is saved and reported.
 */
public final class EventGraph {
    private final Map<String, MutableEvent> events = new LinkedHashMap<>();
    private final Map<String, String> eventOfArticle = new HashMap<>();
    private final Map<String, ClusterSnapshot.EventLink> links = new TreeMap<>();
    private final Map<String, ClusterSnapshot.NearCopy> nearCopies = new TreeMap<>();
    private long nextEvent;

    private static final class MutableEvent {
        final String id;
        final long created;
        final List<String> articles = new ArrayList<>();
        LocalDate first;
        LocalDate last;

        void dated(LocalDate published) {
            if (published != null) {
                first = first == null || published.isBefore(first) ? published : first;
                last = last == null || published.isAfter(last) ? published : last;
            }
        }

        MutableEvent(String id, long created) {
            this.id = id;
            this.created = created;
        }
    }

    public static EventGraph from(ClusterSnapshot snapshot) {
        EventGraph graph = new EventGraph();
        for (ClusterSnapshot.EventRecord e : snapshot.events()) {
            MutableEvent event = new MutableEvent(e.id(), e.created());
            event.articles.addAll(e.articles());
            event.dated(e.firstPublished());
            event.dated(e.lastPublished());
            graph.events.put(e.id(), event);
            e.articles().forEach(a -> graph.eventOfArticle.put(a, e.id()));
            graph.nextEvent = Math.max(graph.nextEvent, e.created() + 1);
        }
        snapshot.links().forEach(l -> graph.links.put(pairKey(l.first(), l.second()), l));
        snapshot.nearCopies().forEach(n -> graph.nearCopies.put(pairKey(n.first(), n.second()), n));
        return graph;
    }

    public boolean contains(String articleId) {
        return eventOfArticle.containsKey(articleId);
    }

    public String eventOf(String articleId) {
        return eventOfArticle.get(articleId);
    }

    /** A new event founded by this article; its id derives from the article's, so it never changes. */
    public String newEvent(String articleId, LocalDate published) {
        String id = "e" + articleId.substring(1);
        MutableEvent event = new MutableEvent(id, nextEvent++);
        event.articles.add(articleId);
        event.dated(published);
        events.put(id, event);
        eventOfArticle.put(articleId, id);
        return id;
    }

    public void join(String eventId, String articleId, LocalDate published) {
        events.get(eventId).articles.add(articleId);
        events.get(eventId).dated(published);
        eventOfArticle.put(articleId, eventId);
    }

    /** Days between this date and the farthest dated article of the event; 0 when either is undated. */
    public long daysFrom(String eventId, LocalDate date) {
        MutableEvent event = events.get(eventId);
        if (date == null || event.first == null) {
            return 0;
        }
        return Math.max(Math.abs(ChronoUnit.DAYS.between(event.first, date)), Math.abs(ChronoUnit.DAYS.between(event.last, date)));
    }

    public void link(String a, String b, double score) {
        if (a.equals(b)) {
            return;
        }
        String key = pairKey(a, b);
        ClusterSnapshot.EventLink existing = links.get(key);
        if (existing == null || existing.score() < score) {
            String first = a.compareTo(b) < 0 ? a : b;
            links.put(key, new ClusterSnapshot.EventLink(first, first.equals(a) ? b : a, score));
        }
    }

    public void nearCopy(String a, String b, double similarity) {
        String first = a.compareTo(b) < 0 ? a : b;
        nearCopies.put(pairKey(a, b), new ClusterSnapshot.NearCopy(first, first.equals(a) ? b : a, similarity));
    }

    public Collection<ClusterSnapshot.EventLink> links() {
        return links.values();
    }

    public int articleCount() {
        return eventOfArticle.size();
    }

    public ClusterSnapshot snapshot() {
        List<ClusterSnapshot.EventRecord> records = new ArrayList<>();
        for (MutableEvent e : events.values()) {
            records.add(new ClusterSnapshot.EventRecord(e.id, e.created, e.articles, e.first, e.last));
        }
        return new ClusterSnapshot(ClusterSnapshot.VERSION, records, new ArrayList<>(links.values()), new ArrayList<>(nearCopies.values()));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
