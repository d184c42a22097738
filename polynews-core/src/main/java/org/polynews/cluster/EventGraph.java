package org.polynews.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The current grouping: articles into events, events into storylines (each with its profile), why each event
 * joined its storyline, and near-copies. Mutable, owned by one engine; {@link #snapshot()} gives the immutable form
 * that is saved and reported. Ids never change: an event is named after the article that founded it, a storyline
 * after its first event, and when two storylines merge the older keeps its id and the other's resolves to it.
 */
public final class EventGraph {
    private final Map<String, MutableEvent> events = new LinkedHashMap<>();
    private final Map<String, String> eventOfArticle = new HashMap<>();
    /** How strongly each article that joined an event (not its founder) matched it; undated ones have no date. */
    private final Map<String, Double> joinScores = new HashMap<>();
    private final Set<String> undated = new HashSet<>();
    private final Map<String, MutableStoryline> storylines = new LinkedHashMap<>();
    private final Map<String, ClusterSnapshot.StorylineLink> links = new TreeMap<>();
    private final Map<String, String> merged = new TreeMap<>();
    private final Map<String, String> mergedEvents = new TreeMap<>();
    private final Map<String, ClusterSnapshot.NearCopy> nearCopies = new TreeMap<>();
    private long nextEvent;
    private long nextStoryline;

    private static final class MutableEvent {
        final String id;
        final long created;
        final List<String> articles = new ArrayList<>();
        LocalDate first;
        LocalDate last;
        String storyline;

        MutableEvent(String id, long created) {
            this.id = id;
            this.created = created;
        }

        void dated(LocalDate published) {
            if (published != null) {
                first = first == null || published.isBefore(first) ? published : first;
                last = last == null || published.isAfter(last) ? published : last;
            }
        }
    }

    private static final class MutableStoryline {
        final String id;
        final long created;
        final List<String> events = new ArrayList<>();
        StoryProfile profile;

        MutableStoryline(String id, long created, StoryProfile profile) {
            this.id = id;
            this.created = created;
            this.profile = profile;
        }
    }

    public static EventGraph from(ClusterSnapshot snapshot) {
        EventGraph graph = new EventGraph();
        for (ClusterSnapshot.EventRecord e : snapshot.events()) {
            MutableEvent event = new MutableEvent(e.id(), e.created());
            event.articles.addAll(e.articles());
            event.dated(e.firstPublished());
            event.dated(e.lastPublished());
            event.storyline = e.storyline();
            graph.events.put(e.id(), event);
            e.articles().forEach(a -> graph.eventOfArticle.put(a, e.id()));
            graph.joinScores.putAll(e.joined());
            graph.undated.addAll(e.undated());
            graph.nextEvent = Math.max(graph.nextEvent, e.created() + 1);
        }
        for (ClusterSnapshot.StorylineRecord s : snapshot.storylines()) {
            MutableStoryline storyline = new MutableStoryline(s.id(), s.created(), s.profile());
            storyline.events.addAll(s.events());
            graph.storylines.put(s.id(), storyline);
            graph.nextStoryline = Math.max(graph.nextStoryline, s.created() + 1);
        }
        snapshot.links().forEach(l -> graph.links.put(l.event(), l));
        graph.merged.putAll(snapshot.merged());
        graph.mergedEvents.putAll(snapshot.mergedEvents());
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

    /** The article joins the event, matching it with this probability. */
    public void join(String eventId, String articleId, LocalDate published, double score) {
        events.get(eventId).articles.add(articleId);
        events.get(eventId).dated(published);
        eventOfArticle.put(articleId, eventId);
        joinScores.put(articleId, score);
        if (published == null) {
            undated.add(articleId);
        }
    }

    /** How strongly the article matched the event it joined; null for the article that founded its event. */
    public Double joinScore(String articleId) {
        return joinScores.get(articleId);
    }

    public boolean isUndated(String articleId) {
        return undated.contains(articleId);
    }

    /** An undated article that joined an event moves to another, which it matches with this probability. */
    public void move(String articleId, String toEvent, double score) {
        MutableEvent from = events.get(eventOfArticle.get(articleId));
        from.articles.remove(articleId);
        events.get(toEvent).articles.add(articleId);
        eventOfArticle.put(articleId, toEvent);
        joinScores.put(articleId, score);
    }

    /** Days between this date and the farthest dated article of the event; 0 when either is undated. */
    public long daysFrom(String eventId, LocalDate date) {
        MutableEvent event = events.get(eventId);
        if (date == null || event.first == null) {
            return 0;
        }
        return Math.max(Math.abs(ChronoUnit.DAYS.between(event.first, date)), Math.abs(ChronoUnit.DAYS.between(event.last, date)));
    }

    /** Whether two events together still span at most {@code days} between their dated articles. */
    public boolean spanWithin(String a, String b, long days) {
        MutableEvent ea = events.get(a);
        MutableEvent eb = events.get(b);
        if (ea.first == null || eb.first == null) {
            return true;
        }
        LocalDate first = ea.first.isBefore(eb.first) ? ea.first : eb.first;
        LocalDate last = ea.last.isAfter(eb.last) ? ea.last : eb.last;
        return ChronoUnit.DAYS.between(first, last) <= days;
    }

    /**
     * Merges two events: the older keeps its id and takes the other's articles; the other's id resolves to it from
     * now on. When they were in two storylines, those are merged too (one happening, one thread). Returns the id
     * that remains.
     */
    public String mergeEvents(String a, String b) {
        MutableEvent ea = events.get(a);
        MutableEvent eb = events.get(b);
        MutableEvent keep = ea.created <= eb.created ? ea : eb;
        MutableEvent gone = keep == ea ? eb : ea;
        if (!keep.storyline.equals(gone.storyline)) {
            mergeStorylines(keep.storyline, gone.storyline, new StoryFit(1, 1, 1, 0L, List.of(), List.of(), List.of()), 1);
        }
        storylines.get(keep.storyline).events.remove(gone.id);
        links.remove(gone.id);
        for (String article : gone.articles) {
            keep.articles.add(article);
            eventOfArticle.put(article, keep.id);
        }
        keep.dated(gone.first);
        keep.dated(gone.last);
        events.remove(gone.id);
        mergedEvents.replaceAll((from, to) -> to.equals(gone.id) ? keep.id : to);
        mergedEvents.put(gone.id, keep.id);
        return keep.id;
    }

    /** The storyline of an event (null before it has one). */
    public String storylineOf(String eventId) {
        MutableEvent event = events.get(eventId);
        return event == null ? null : event.storyline;
    }

    public StoryProfile profile(String storylineId) {
        return storylines.get(storylineId).profile;
    }

    public int eventCount(String storylineId) {
        return storylines.get(storylineId).events.size();
    }

    /** A new storyline of this event alone, named after it. */
    public String newStoryline(String eventId, StoryProfile profile) {
        String id = "s" + eventId.substring(1);
        MutableStoryline storyline = new MutableStoryline(id, nextStoryline++, profile);
        storyline.events.add(eventId);
        storylines.put(id, storyline);
        events.get(eventId).storyline = id;
        return id;
    }

    /** The event joins the storyline for the reason given; its profile is added to the storyline's. */
    public void joinStoryline(String eventId, String storylineId, StoryProfile profile, StoryFit why, double score) {
        MutableStoryline storyline = storylines.get(storylineId);
        storyline.events.add(eventId);
        storyline.profile = storyline.profile.plus(profile);
        events.get(eventId).storyline = storylineId;
        links.put(eventId, ClusterSnapshot.StorylineLink.of(eventId, storylineId, why, score));
    }

    /** An article of an event already in the storyline adds to what the storyline is about. */
    public void addToStoryline(String storylineId, StoryProfile profile) {
        MutableStoryline storyline = storylines.get(storylineId);
        storyline.profile = storyline.profile.plus(profile);
    }

    /**
     * Merges two storylines: the older keeps its id and takes the other's events; the other's id resolves to it
     * from now on. Returns the id that remains.
     */
    public String mergeStorylines(String a, String b, StoryFit why, double score) {
        MutableStoryline sa = storylines.get(a);
        MutableStoryline sb = storylines.get(b);
        MutableStoryline keep = sa.created <= sb.created ? sa : sb;
        MutableStoryline gone = keep == sa ? sb : sa;
        keep.events.addAll(gone.events);
        keep.profile = keep.profile.plus(gone.profile);
        gone.events.forEach(e -> events.get(e).storyline = keep.id);
        storylines.remove(gone.id);
        merged.replaceAll((from, to) -> to.equals(gone.id) ? keep.id : to);
        merged.put(gone.id, keep.id);
        String joiningEvent = gone.events.get(0);
        links.put(joiningEvent, ClusterSnapshot.StorylineLink.of(joiningEvent, keep.id, why, score));
        links.replaceAll((event, link) -> link.storyline().equals(gone.id)
                ? new ClusterSnapshot.StorylineLink(link.event(), keep.id, link.score(), link.names(), link.places(), link.words()) : link);
        return keep.id;
    }

    public void nearCopy(String a, String b, double similarity) {
        String first = a.compareTo(b) < 0 ? a : b;
        nearCopies.put(pairKey(a, b), new ClusterSnapshot.NearCopy(first, first.equals(a) ? b : a, similarity));
    }

    public int articleCount() {
        return eventOfArticle.size();
    }

    public ClusterSnapshot snapshot() {
        List<ClusterSnapshot.EventRecord> eventRecords = new ArrayList<>();
        for (MutableEvent e : events.values()) {
            Map<String, Double> joined = new TreeMap<>();
            List<String> undatedMembers = new ArrayList<>();
            for (String a : e.articles) {
                if (joinScores.containsKey(a)) {
                    joined.put(a, joinScores.get(a));
                }
                if (undated.contains(a)) {
                    undatedMembers.add(a);
                }
            }
            eventRecords.add(new ClusterSnapshot.EventRecord(e.id, e.created, e.articles, e.first, e.last, e.storyline, joined, undatedMembers));
        }
        List<ClusterSnapshot.StorylineRecord> storylineRecords = new ArrayList<>();
        for (MutableStoryline s : storylines.values()) {
            storylineRecords.add(new ClusterSnapshot.StorylineRecord(s.id, s.created, s.events, s.profile));
        }
        return new ClusterSnapshot(ClusterSnapshot.VERSION, eventRecords, storylineRecords, new ArrayList<>(links.values()), merged,
                mergedEvents, new ArrayList<>(nearCopies.values()), null);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
