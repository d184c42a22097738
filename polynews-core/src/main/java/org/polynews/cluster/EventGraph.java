package org.polynews.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.type.StringDataType;
import org.polynews.store.ArticleDigest;
import org.polynews.store.StoreException;
import org.polynews.store.StoreInUseException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The current grouping: articles into events, events into storylines (each with its profile), why each event
 * joined its storyline, near-copies, and the facts of each event and storyline that reports read. Kept in an MVStore file, whose page cache holds only the part in use (the
 * recent events and storylines a new article meets), so memory does not grow with the store, and a save writes only
 * what changed since the last. Owned by one engine; {@link #snapshot()} gives the immutable form that is reported.
 * Ids never change: an event is named after the article that founded it, a storyline after its first event, and
 * when two storylines merge the older keeps its id and the other's resolves to it.
 */
public final class EventGraph implements AutoCloseable {
    /**
     * 7: the facts of each event and storyline and the subjects of the articles kept beside them (6, and 7 without
     * {@link #FACTS_KEY}: without, made when it is next saved; 5: storylines and their profiles in one map, converted
     * when opened; 4 and before: clusters.json, rebuilt from the stored articles).
     */
    static final int FORMAT = 7;
    private static final int WITHOUT_FACTS = 6;
    private static final int STORYLINES_WITH_PROFILES = 5;
    private static final String FORMAT_KEY = "format";
    private static final String INDEX_COMMIT_KEY = "indexCommit";
    private static final String NEXT_EVENT_KEY = "nextEvent";
    private static final String NEXT_STORYLINE_KEY = "nextStoryline";
    private static final String NEXT_NAMING_ARTICLE_KEY = "nextNamingArticle";
    /**
     * {@link #FACTS_VERSION} when the facts, standings and subjects kept are those of this version and complete (a file of
     * format 6 has none): otherwise they are all made again at the next save, and reports make them until then.
     */
    private static final String FACTS_KEY = "facts";
    private static final String FACTS_VERSION = "2";
    /** Megabytes of pages kept in memory: some thousands of recent storylines' profiles. */
    private static final int CACHE_MB = 32;
    private static final int RETENTION_MS = 1_000;
    /**
     * After a save, chunks less than this full are rewritten, up to {@link #COMPACTED_BYTES} at a time: without it, the
     * file grew to 17 times what it holds (289 MB at 89,000 articles, 6% of it live).
     */
    private static final int COMPACTED_BELOW_PERCENT = 80;
    private static final int COMPACTED_BYTES = 16 << 20;
    /**
     * Bytes rewritten by compaction per byte a save wrote, and at least: enough to keep the file at some one and a half
     * times its live data, since the sparsest chunks rewritten are at most two-thirds live.
     */
    private static final int COMPACTED_PER_BYTE_SAVED = 3;
    private static final int MIN_COMPACTED_BYTES = 256 << 10;

    private final MVStore store;
    private final MVMap<String, Event> events;
    /** Each grouped article's event, how strongly it matched it, whether it is undated. */
    private final MVMap<String, Member> members;
    private final MVMap<String, Storyline> storylines;
    /** What each storyline is about: the large part of a storyline, which reports never read. */
    private final MVMap<String, StoryProfile> profiles;
    private final MVMap<String, ClusterSnapshot.StorylineLink> links;
    /** Each storyline merged into another, with the one it went into (which may itself have gone into a third). */
    private final MVMap<String, String> merged;
    private final MVMap<String, String> mergedEvents;
    private final MVMap<String, ClusterSnapshot.NearCopy> nearCopies;
    private final MVMap<String, EventFacts> eventFacts;
    private final MVMap<String, StorylineFacts> storylineFacts;
    private final MVMap<String, StorylineStanding> standings;
    /** For each subject, the grouped articles that name it ({@link BlindspotFinder}), merged in at each save. */
    private final MVMap<String, SubjectArticles> subjects;
    /** The articles grouped since the last save, whose subjects the next save adds to {@link #subjects}. */
    private final List<ArticleDigest> unsavedNaming = new ArrayList<>();
    private int nextNamingArticle;
    private final MVMap<String, String> state;
    /** Events whose articles changed since the last save, and storylines whose events did: their facts are out of date. */
    private final Set<String> changedEvents = new HashSet<>();
    private final Set<String> changedStorylines = new HashSet<>();
    /** Articles that gained a near-copy since the last save: their events' coverage changed. */
    private final Set<String> copiedArticles = new HashSet<>();
    private long nextEvent;
    private long nextStoryline;

    /** An event: its articles in the order they joined, the span of their dates (null when none is dated), its storyline. */
    record Event(long created, List<String> articles, LocalDate first, LocalDate last, String storyline) {
        Event {
            articles = List.copyOf(articles);
        }

        Event with(List<String> moreArticles, LocalDate from, LocalDate to) {
            List<String> all = new ArrayList<>(articles);
            all.addAll(moreArticles);
            return new Event(created, all, StoryProfile.earlier(first, from), StoryProfile.later(last, to), storyline);
        }

        Event without(String article) {
            List<String> rest = new ArrayList<>(articles);
            rest.remove(article);
            return new Event(created, rest, first, last, storyline);
        }

        Event in(String storylineId) {
            return new Event(created, articles, first, last, storylineId);
        }
    }

    /** A grouped article: its event, how strongly it matched it (null for a founder), whether it is undated. */
    record Member(String event, Double score, boolean undated) {
    }

    /** A storyline: its events in the order they joined. */
    record Storyline(long created, List<String> events) {
        Storyline {
            events = List.copyOf(events);
        }

        Storyline with(List<String> moreEvents) {
            List<String> all = new ArrayList<>(events);
            all.addAll(moreEvents);
            return new Storyline(created, all);
        }

        Storyline without(String event) {
            List<String> rest = new ArrayList<>(events);
            rest.remove(event);
            return new Storyline(created, rest);
        }
    }

    /** A storyline as format {@value #STORYLINES_WITH_PROFILES} kept it, with its profile. */
    private record StorylineWithProfile(long created, List<String> events, StoryProfile profile) {
    }

    private EventGraph(MVStore store, ObjectMapper json) {
        this.store = store;
        this.events = map("events", json, Event.class, 400);
        this.members = map("members", json, Member.class, 120);
        this.storylines = map("lines", json, Storyline.class, 200);
        this.profiles = map("profiles", json, StoryProfile.class, 8_000);
        this.links = map("links", json, ClusterSnapshot.StorylineLink.class, 400);
        this.merged = store.openMap("merged", new MVMap.Builder<String, String>().keyType(StringDataType.INSTANCE).valueType(StringDataType.INSTANCE));
        this.mergedEvents = store.openMap("mergedEvents", new MVMap.Builder<String, String>().keyType(StringDataType.INSTANCE).valueType(StringDataType.INSTANCE));
        this.nearCopies = map("nearCopies", json, ClusterSnapshot.NearCopy.class, 150);
        this.eventFacts = map("eventFacts", json, EventFacts.class, 1_500);
        this.storylineFacts = map("storylineFacts", json, StorylineFacts.class, 2_000);
        this.standings = map("standings", json, StorylineStanding.class, 300);
        this.subjects = store.openMap("subjects", new MVMap.Builder<String, SubjectArticles>().keyType(StringDataType.INSTANCE)
                .valueType(SubjectArticlesType.INSTANCE));
        this.state = store.openMap("state", new MVMap.Builder<String, String>().keyType(StringDataType.INSTANCE).valueType(StringDataType.INSTANCE));
        readCounters();
    }

    private <T> MVMap<String, T> map(String name, ObjectMapper json, Class<T> type, int memory) {
        return store.openMap(name, new MVMap.Builder<String, T>().keyType(StringDataType.INSTANCE).valueType(new JsonValueType<>(json, type, memory)));
    }

    /**
     * The grouping saved in {@code file}, or a new one there. A file that cannot be read (cut short, not a grouping) is
     * moved aside and the grouping starts empty, as does one of an older format: the engine then groups the stored
     * articles again, as after an interrupted run, rather than refusing to open the store.
     */
    public static EventGraph open(Path file, ObjectMapper json) {
        EventGraph graph;
        try {
            graph = new EventGraph(openStore(file), json);
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new StoreInUseException(file.getParent() + " is in use by another polynews process; wait for it to finish");
            }
            if (e.getErrorCode() == DataUtils.ERROR_WRITING_FAILED) {
                throw new StoreException("cannot open " + file + " for writing: " + e.getMessage(), e);
            }
            setAside(file, e); // not a grouping file, or a damaged one
            graph = new EventGraph(openStore(file), json);
        } catch (StoreException e) {
            setAside(file, e); // a record this version cannot read
            graph = new EventGraph(openStore(file), json);
        }
        String saved = graph.state.get(FORMAT_KEY);
        int format = saved == null ? 0 : Integer.parseInt(saved);
        if (saved == null) {
            graph.state.put(FACTS_KEY, FACTS_VERSION); // a new file: every article it will hold is indexed as it is grouped
        }
        if (format == STORYLINES_WITH_PROFILES) {
            try {
                graph.separateProfiles(json);
            } catch (StoreException | MVStoreException e) {
                graph.close(); // nothing of the conversion was saved
                setAside(file, e);
                return new EventGraph(openStore(file), json); // empty: the engine groups the stored articles again
            }
        } else if (format < WITHOUT_FACTS) {
            graph.clear();
        } else if (format > FORMAT) {
            graph.close();
            throw new StoreException(file + " was written by a newer polynews (format " + format + "); use that version or delete the file to regroup");
        }
        if (!graph.factsComplete()) {
            graph.changeEverything(); // saved without facts and subjects: the next save makes them; until then reports do
        }
        return graph;
    }

    /**
     * Converts a grouping of format {@value #STORYLINES_WITH_PROFILES} (each storyline with its profile) to two maps
     * and saves it at once, as the same grouping of the same index commit: one pass over the storylines.
     */
    private void separateProfiles(ObjectMapper json) {
        MVMap<String, StorylineWithProfile> old = map("storylines", json, StorylineWithProfile.class, 8_000);
        old.forEach((id, s) -> {
            storylines.put(id, new Storyline(s.created(), s.events()));
            profiles.put(id, s.profile());
        });
        store.removeMap(old);
        state.put(FORMAT_KEY, Integer.toString(WITHOUT_FACTS)); // saved without facts, which the next save makes
        commit(indexCommit());
    }

    private static MVStore openStore(Path file) {
        // no automatic commits: what is on disk is always a grouping saved with an index commit, and a failed
        // ingest rolls back to it
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().autoCommitBufferSize(0).cacheSize(CACHE_MB)
                .compress().open();
        // The file is written by appending: a save leaves the pages it replaced behind in older chunks, which only a
        // compaction rewrites. It may move a chunk only when no one reads it any more: saves happen with readers held
        // off (the engine's write lock), so a second is margin enough, where the default 45 s kept any from moving.
        store.setRetentionTime(RETENTION_MS);
        return store;
    }

    /** Moves an unreadable grouping file aside (kept for a look, never deleted). */
    private static void setAside(Path file, RuntimeException why) {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + " (" + why.getMessage() + ") and cannot move it aside: " + e.getMessage()
                    + " (delete it to rebuild the events from the stored articles)", e);
        }
    }

    /**
     * Saves what changed since the last save, marked with the index commit it groups ({@link #indexCommit}), with the
     * facts of the events and storylines that changed made from their articles ({@code digests} gives those of the ids
     * it is given that are stored, in the same order), and compacts the file a little. No one may read the grouping meanwhile.
     */
    public void save(String indexCommit, StoredDigests digests) {
        refreshFacts(digests);
        saveSubjects(digests);
        state.put(FORMAT_KEY, Integer.toString(FORMAT));
        commit(indexCommit);
    }

    private void commit(String indexCommit) {
        state.put(NEXT_EVENT_KEY, Long.toString(nextEvent));
        state.put(NEXT_STORYLINE_KEY, Long.toString(nextStoryline));
        state.put(NEXT_NAMING_ARTICLE_KEY, Integer.toString(nextNamingArticle));
        if (indexCommit == null) {
            state.remove(INDEX_COMMIT_KEY);
        } else {
            state.put(INDEX_COMMIT_KEY, indexCommit);
        }
        try {
            long before = bytesWritten();
            store.commit();
            // rewrite in proportion to what the save wrote: a save of one article (the server's) took seconds at 100,000
            // articles when each rewrote the whole allowance, and garbage is made no faster than saves write
            long allowance = Math.max(MIN_COMPACTED_BYTES, COMPACTED_PER_BYTE_SAVED * (bytesWritten() - before));
            if (store.compact(COMPACTED_BELOW_PERCENT, (int) Math.min(COMPACTED_BYTES, allowance))) {
                store.commit();
            }
        } catch (MVStoreException e) {
            throw new StoreException("cannot save the grouping: " + e.getMessage(), e);
        }
    }

    /** Bytes the store has written to its file since it was opened (MVStore tells it only among its statistics). */
    private long bytesWritten() {
        long[] written = {0};
        store.getFileStore().populateInfo((key, value) -> {
            if (key.equals("info.FILE_WRITE_BYTES")) {
                written[0] = Long.parseLong(value);
            }
        });
        return written[0];
    }

    /**
     * The index commit the saved grouping was made over ({@link org.polynews.store.ArticleStore#commitToken}), null when
     * unknown: one whose mark differs from the index's was made over other articles (an index restored or copied alone).
     */
    public String indexCommit() {
        return state.get(INDEX_COMMIT_KEY);
    }

    /** Forgets every change since the last save. */
    public void rollback() {
        store.rollback();
        readCounters();
        forgetChanges();
        if (!factsComplete()) {
            changeEverything(); // as when opened: the last save kept no facts
        }
    }

    /** Forgets the whole grouping (saved by the next {@link #save}). */
    public void clear() {
        List.of(events, members, storylines, profiles, links, merged, mergedEvents, nearCopies, eventFacts, storylineFacts, standings,
                subjects)
                .forEach(MVMap::clear);
        nextEvent = 0;
        nextStoryline = 0;
        nextNamingArticle = 0;
        state.put(FACTS_KEY, FACTS_VERSION); // empty, and every article grouped from now on is indexed
        forgetChanges();
    }

    /** Forgets what changed since the last save: the grouping went back to it, or was cleared. */
    private void forgetChanges() {
        changedEvents.clear();
        changedStorylines.clear();
        copiedArticles.clear();
        unsavedNaming.clear();
    }

    /** Records what a newly grouped article names, for finding blindspots; saved with the grouping. */
    public void addSubjects(ArticleDigest article) {
        unsavedNaming.add(article);
    }

    /**
     * Adds the subjects of the articles grouped since the last save to the saved ones; when those are not complete
     * (a file saved before they were kept), indexes every stored article's instead.
     */
    private void saveSubjects(StoredDigests digests) {
        List<ArticleDigest> naming = unsavedNaming;
        if (!factsComplete()) {
            subjects.clear();
            nextNamingArticle = 0;
            naming = digests.all();
        }
        BlindspotFinder.index(naming, nextNamingArticle).forEach((subject, articles) -> {
            SubjectArticles before = subjects.get(subject);
            subjects.put(subject, before == null ? articles : before.plus(articles));
        });
        nextNamingArticle += naming.size();
        state.put(FACTS_KEY, FACTS_VERSION); // with what refreshFacts made, every fact kept is this version's
        unsavedNaming.clear();
    }

    /** The saved subjects of the grouped articles (complete when {@link #savedStandings} are given). */
    Function<String, SubjectArticles> savedSubjects() {
        return subjects::get;
    }

    /** Every event and storyline counts as changed: their facts are made (again) at the next save. */
    private void changeEverything() {
        events.keyIterator(null).forEachRemaining(changedEvents::add);
        storylines.keyIterator(null).forEachRemaining(changedStorylines::add);
    }

    /** The events whose facts are out of date, and the storylines whose facts are. */
    private record Stale(Set<String> events, Set<String> storylines) {
    }

    private Stale stale() {
        Set<String> staleEvents = new HashSet<>(changedEvents);
        copiedArticles.stream().map(this::eventOf).filter(Objects::nonNull).forEach(staleEvents::add);
        Set<String> staleStorylines = new HashSet<>(changedStorylines);
        staleEvents.stream().map(this::storylineOf).filter(Objects::nonNull).forEach(staleStorylines::add);
        return new Stale(staleEvents, staleStorylines);
    }

    /** Makes the facts of the events and storylines that changed since the last save, from the digests of their articles. */
    private void refreshFacts(StoredDigests digests) {
        Stale stale = stale();
        if (stale.events().isEmpty() && stale.storylines().isEmpty()) {
            return;
        }
        StoryFacts made = new StoryFacts(new ArrayList<>(nearCopies.values()));
        for (String id : stale.events()) {
            Event e = events.get(id);
            EventFacts facts = e == null ? null : made.event(digests.of(e.articles()));
            putOrRemove(eventFacts, id, facts);
        }
        for (String id : stale.storylines()) {
            Storyline s = storylines.get(id);
            StorylineFacts facts = null;
            StorylineStanding standing = null;
            if (s != null) {
                List<StoryFacts.Member> members = new ArrayList<>();
                List<String> articles = new ArrayList<>();
                for (String event : s.events()) {
                    EventFacts f = eventFacts.get(event);
                    if (f != null) {
                        List<String> ofEvent = events.get(event).articles();
                        members.add(new StoryFacts.Member(event, ofEvent.size(), f));
                        articles.addAll(ofEvent);
                    }
                }
                List<ArticleDigest> stored = digests.of(articles);
                facts = made.storyline(members, stored);
                standing = facts == null ? null : StorylineStanding.of(s.created(), facts, stored);
            }
            putOrRemove(storylineFacts, id, facts);
            putOrRemove(standings, id, standing);
        }
        changedEvents.clear();
        changedStorylines.clear();
        copiedArticles.clear();
    }

    private static <T> void putOrRemove(MVMap<String, T> map, String id, T value) {
        if (value == null) {
            map.remove(id);
        } else {
            map.put(id, value);
        }
    }

    /** The facts of events and storylines as saved, where they are still true (none changed since the last save). */
    public SavedFacts savedFacts() {
        Stale stale = stale();
        return new SavedFacts() {
            @Override
            public EventFacts event(String id) {
                return stale.events().contains(id) ? null : eventFacts.get(id);
            }

            @Override
            public StorylineFacts storyline(String id) {
                return stale.storylines().contains(id) ? null : storylineFacts.get(id);
            }
        };
    }

    private void readCounters() {
        nextEvent = Long.parseLong(state.getOrDefault(NEXT_EVENT_KEY, "0"));
        nextStoryline = Long.parseLong(state.getOrDefault(NEXT_STORYLINE_KEY, "0"));
        nextNamingArticle = Integer.parseInt(state.getOrDefault(NEXT_NAMING_ARTICLE_KEY, "0"));
    }

    /** Every grouped article's id. */
    public Iterable<String> articleIds() {
        return () -> members.keyIterator(null);
    }

    public boolean contains(String articleId) {
        return members.containsKey(articleId);
    }

    public String eventOf(String articleId) {
        Member member = members.get(articleId);
        return member == null ? null : member.event();
    }

    /** A new event founded by this article; its id derives from the article's, so it never changes. */
    public String newEvent(String articleId, LocalDate published) {
        String id = "e" + articleId.substring(1);
        events.put(id, new Event(nextEvent++, List.of(articleId), published, published, null));
        members.put(articleId, new Member(id, null, false));
        changedEvents.add(id);
        return id;
    }

    /** The article joins the event, matching it with this probability. */
    public void join(String eventId, String articleId, LocalDate published, double score) {
        events.put(eventId, events.get(eventId).with(List.of(articleId), published, published));
        members.put(articleId, new Member(eventId, score, published == null));
        changedEvents.add(eventId);
    }

    /** How strongly the article matched the event it joined; null for the article that founded its event. */
    public Double joinScore(String articleId) {
        Member member = members.get(articleId);
        return member == null ? null : member.score();
    }

    public boolean isUndated(String articleId) {
        Member member = members.get(articleId);
        return member != null && member.undated();
    }

    /** An undated article that joined an event moves to another, which it matches with this probability. */
    public void move(String articleId, String toEvent, double score) {
        Member member = members.get(articleId);
        events.put(member.event(), events.get(member.event()).without(articleId));
        events.put(toEvent, events.get(toEvent).with(List.of(articleId), null, null));
        members.put(articleId, new Member(toEvent, score, member.undated()));
        changedEvents.add(member.event());
        changedEvents.add(toEvent);
    }

    /** Days between this date and the farthest dated article of the event; 0 when either is undated. */
    public long daysFrom(String eventId, LocalDate date) {
        Event event = events.get(eventId);
        if (date == null || event.first() == null) {
            return 0;
        }
        return Math.max(Math.abs(ChronoUnit.DAYS.between(event.first(), date)), Math.abs(ChronoUnit.DAYS.between(event.last(), date)));
    }

    /** Whether two events together still span at most {@code days} between their dated articles. */
    public boolean spanWithin(String a, String b, long days) {
        Event ea = events.get(a);
        Event eb = events.get(b);
        if (ea.first() == null || eb.first() == null) {
            return true;
        }
        return ChronoUnit.DAYS.between(StoryProfile.earlier(ea.first(), eb.first()), StoryProfile.later(ea.last(), eb.last())) <= days;
    }

    /**
     * Merges two events: the older keeps its id and takes the other's articles; the other's id resolves to it from
     * now on. When they were in two storylines, those are merged too (one happening, one thread). Returns the id
     * that remains.
     */
    public String mergeEvents(String a, String b) {
        String keep = events.get(a).created() <= events.get(b).created() ? a : b;
        String gone = keep.equals(a) ? b : a;
        if (!events.get(keep).storyline().equals(events.get(gone).storyline())) {
            mergeStorylines(events.get(keep).storyline(), events.get(gone).storyline(), new StoryFit(1, 1, 1, 0L, List.of(), List.of(), List.of()), 1);
        }
        Event kept = events.get(keep);
        Event goneEvent = events.get(gone);
        storylines.put(kept.storyline(), storylines.get(kept.storyline()).without(gone));
        links.remove(gone);
        for (String article : goneEvent.articles()) {
            Member member = members.get(article);
            members.put(article, new Member(keep, member.score(), member.undated()));
        }
        events.put(keep, kept.with(goneEvent.articles(), goneEvent.first(), goneEvent.last()));
        events.remove(gone);
        mergedEvents.put(gone, keep);
        changedEvents.add(keep);
        changedEvents.add(gone);
        return keep;
    }

    /** The storyline with this id, or the one a storyline of this id was merged into; null when there is none. */
    public String currentStoryline(String id) {
        String current = id;
        while (merged.containsKey(current)) {
            current = merged.get(current);
        }
        return storylines.containsKey(current) ? current : null;
    }

    /** The storyline of an event (null before it has one). */
    public String storylineOf(String eventId) {
        Event event = events.get(eventId);
        return event == null ? null : event.storyline();
    }

    public StoryProfile profile(String storylineId) {
        return profiles.get(storylineId);
    }

    public int eventCount(String storylineId) {
        return storylines.get(storylineId).events().size();
    }

    /** A new storyline of this event alone, named after it. */
    public String newStoryline(String eventId, StoryProfile profile) {
        String id = "s" + eventId.substring(1);
        storylines.put(id, new Storyline(nextStoryline++, List.of(eventId)));
        changedStorylines.add(id);
        profiles.put(id, profile);
        events.put(eventId, events.get(eventId).in(id));
        return id;
    }

    /** The event joins the storyline for the reason given; its profile is added to the storyline's. */
    public void joinStoryline(String eventId, String storylineId, StoryProfile profile, StoryFit why, double score) {
        storylines.put(storylineId, storylines.get(storylineId).with(List.of(eventId)));
        changedStorylines.add(storylineId);
        addToStoryline(storylineId, profile);
        events.put(eventId, events.get(eventId).in(storylineId));
        links.put(eventId, ClusterSnapshot.StorylineLink.of(eventId, storylineId, why, score));
    }

    /** An article of an event already in the storyline adds to what the storyline is about. */
    public void addToStoryline(String storylineId, StoryProfile profile) {
        if (profile != null) {
            profiles.put(storylineId, profiles.get(storylineId).plus(profile));
        }
    }

    /**
     * Merges two storylines: the older keeps its id and takes the other's events; the other's id resolves to it
     * from now on. Returns the id that remains.
     */
    public String mergeStorylines(String a, String b, StoryFit why, double score) {
        String keep = storylines.get(a).created() <= storylines.get(b).created() ? a : b;
        String gone = keep.equals(a) ? b : a;
        Storyline goneLine = storylines.get(gone);
        storylines.put(keep, storylines.get(keep).with(goneLine.events()));
        addToStoryline(keep, profiles.get(gone));
        for (String event : goneLine.events()) {
            events.put(event, events.get(event).in(keep));
            ClusterSnapshot.StorylineLink link = links.get(event);
            if (link != null && link.storyline().equals(gone)) {
                links.put(event, new ClusterSnapshot.StorylineLink(link.event(), keep, link.score(), link.names(), link.places(), link.words()));
            }
        }
        storylines.remove(gone);
        profiles.remove(gone);
        merged.put(gone, keep);
        changedStorylines.add(keep);
        changedStorylines.add(gone);
        String joiningEvent = goneLine.events().get(0);
        links.put(joiningEvent, ClusterSnapshot.StorylineLink.of(joiningEvent, keep, why, score));
        return keep;
    }

    public void nearCopy(String a, String b, double similarity) {
        String first = a.compareTo(b) < 0 ? a : b;
        nearCopies.put(pairKey(a, b), new ClusterSnapshot.NearCopy(first, first.equals(a) ? b : a, similarity));
        copiedArticles.add(a);
        copiedArticles.add(b);
    }

    public int articleCount() {
        return members.size();
    }

    public int eventCount() {
        return events.size();
    }

    public int storylineCount() {
        return storylines.size();
    }

    /** The whole grouping, events and storylines in the order they were made; reads every record. */
    public ClusterSnapshot snapshot() {
        List<ClusterSnapshot.EventRecord> eventRecords = new ArrayList<>();
        // from the events alone: how each article joined is in the members map, one read per article, which no report needs
        events.forEach((id, e) -> eventRecords.add(new ClusterSnapshot.EventRecord(id, e.created(), e.articles(), e.first(), e.last(), e.storyline())));
        eventRecords.sort(Comparator.comparingLong(ClusterSnapshot.EventRecord::created));
        List<ClusterSnapshot.StorylineRecord> storylineRecords = new ArrayList<>();
        storylines.forEach((id, s) -> storylineRecords.add(new ClusterSnapshot.StorylineRecord(id, s.created(), s.events())));
        storylineRecords.sort(Comparator.comparingLong(ClusterSnapshot.StorylineRecord::created));
        return new ClusterSnapshot(eventRecords, storylineRecords, new ArrayList<>(links.values()), resolved(merged),
                resolved(mergedEvents), new ArrayList<>(nearCopies.values()));
    }

    /** A storyline by its id and standing. */
    public record ListedStoryline(String id, StorylineStanding standing) {
    }

    /**
     * Every storyline with an article stored, by its saved standing, oldest first; reads no event and no facts. Null
     * when the grouping changed since it was saved, or was saved without standings: they are not all true then.
     */
    public List<ListedStoryline> savedStandings() {
        if (!savedFactsTrue()) {
            return null;
        }
        List<ListedStoryline> all = new ArrayList<>(standings.size());
        standings.forEach((id, standing) -> all.add(new ListedStoryline(id, standing)));
        all.sort(Comparator.comparingLong(l -> l.standing().created()));
        return all;
    }

    /** Whether the facts and standings saved are those of every event and storyline as they are now. */
    boolean savedFactsTrue() {
        return !changedSinceSave() && factsComplete() && standings.size() == storylines.size();
    }

    private boolean factsComplete() {
        return FACTS_VERSION.equals(state.get(FACTS_KEY));
    }

    private boolean changedSinceSave() {
        return !changedEvents.isEmpty() || !changedStorylines.isEmpty() || !copiedArticles.isEmpty() || !unsavedNaming.isEmpty();
    }

    /**
     * The part of the grouping that these storylines make up ({@link #snapshot} of them alone): their events, why each
     * joined, the near-copies among their articles, and every merged id.
     */
    public ClusterSnapshot snapshotOf(Collection<String> storylineIds) {
        List<ClusterSnapshot.EventRecord> eventRecords = new ArrayList<>();
        List<ClusterSnapshot.StorylineRecord> storylineRecords = new ArrayList<>();
        List<ClusterSnapshot.StorylineLink> linkRecords = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        for (String id : storylineIds) {
            Storyline s = storylines.get(id);
            storylineRecords.add(new ClusterSnapshot.StorylineRecord(id, s.created(), s.events()));
            for (String eventId : s.events()) {
                Event e = events.get(eventId);
                eventRecords.add(new ClusterSnapshot.EventRecord(eventId, e.created(), e.articles(), e.first(), e.last(), e.storyline()));
                articles.addAll(e.articles());
                ClusterSnapshot.StorylineLink link = links.get(eventId);
                if (link != null) {
                    linkRecords.add(link);
                }
            }
        }
        eventRecords.sort(Comparator.comparingLong(ClusterSnapshot.EventRecord::created));
        storylineRecords.sort(Comparator.comparingLong(ClusterSnapshot.StorylineRecord::created));
        // a pair's key starts with the first of its two ids: the pairs among the articles are under their ids, in key order
        List<ClusterSnapshot.NearCopy> copies = new ArrayList<>();
        for (String article : new TreeSet<>(articles)) {
            Cursor<String, ClusterSnapshot.NearCopy> pairs = nearCopies.cursor(article + " ");
            while (pairs.hasNext() && pairs.next().startsWith(article + " ")) {
                if (articles.contains(pairs.getValue().second())) {
                    copies.add(pairs.getValue());
                }
            }
        }
        return new ClusterSnapshot(eventRecords, storylineRecords, linkRecords, resolved(merged), resolved(mergedEvents), copies);
    }

    /** Each merged id with the id it goes by now, at the end of its chain of merges. */
    private static Map<String, String> resolved(Map<String, String> mergedInto) {
        Map<String, String> out = new TreeMap<>();
        mergedInto.forEach((from, to) -> {
            String last = to;
            while (mergedInto.containsKey(last)) {
                last = mergedInto.get(last);
            }
            out.put(from, last);
        });
        return out;
    }

    /** Forgets unsaved changes and closes the file. */
    @Override
    public void close() {
        if (!store.isClosed()) {
            store.rollback();
            store.close();
        }
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
