package org.polynews.cluster;

import org.polynews.store.ArticleDigest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the grouping and the stored articles into a {@link StoryReport}, events oldest first: from the facts kept in
 * the grouping file where they are still true, made from the articles' digests where not.
 */
public final class StoryReporter {
    public StoryReport report(ClusterSnapshot snapshot, List<ArticleDigest> stored) {
        return report(snapshot, stored, SavedFacts.NONE);
    }

    public StoryReport report(ClusterSnapshot snapshot, List<ArticleDigest> stored, SavedFacts saved) {
        return report(snapshot, stored, saved, new BlindspotFinder(stored));
    }

    /**
     * The storylines a selection chooses, from the facts the grouping file keeps: only their events and articles are
     * read. Empty when the grouping changed since its last save, or was saved before it kept facts, or the filter names
     * sites, which standings do not tell: the whole report then has to be made.
     */
    public Optional<StoryPage> page(EventGraph graph, StoredDigests digests, StorylineSelection selection) {
        return chosen(graph, selection).map(c -> new StoryPage(reportOf(graph, digests, c.ids()), c.total(), c.matched()));
    }

    /** The storylines a selection chooses, as listings show them: their saved facts alone. Empty as {@link #page} is. */
    public Optional<StorylineListing> listing(EventGraph graph, StorylineSelection selection) {
        return chosen(graph, selection).map(c -> {
            SavedFacts saved = graph.savedFacts();
            BlindspotFinder blindspots = new BlindspotFinder(graph.savedSubjects());
            return new StorylineListing(c.ids().stream().map(id -> summary(id, saved.storyline(id), blindspots)).toList(), c.total(), c.matched());
        });
    }

    private record Choice(List<String> ids, int total, int matched) {
    }

    private static Optional<Choice> chosen(EventGraph graph, StorylineSelection selection) {
        List<EventGraph.ListedStoryline> listed = graph.savedStandings();
        if (listed == null || selection.filter().site() != null) {
            return Optional.empty();
        }
        StorylineSelection.Chosen chosen = selection.apply(listed.stream().map(l -> new StorylineSelection.Candidate(l.id(),
                l.standing().independentSources(), l.standing().articles(), l.standing().lastPublished(),
                l.standing()::matchesLanguageAndDates)).toList());
        return Optional.of(new Choice(chosen.ids(), listed.size(), chosen.matched()));
    }

    /**
     * One storyline (by its id or the id of a storyline merged into it) with its events and articles, from the facts
     * the grouping file keeps: a report of no storyline when there is none of that id; empty when the facts are not all
     * true ({@link #page}).
     */
    public Optional<StoryReport> storyline(EventGraph graph, StoredDigests digests, String id) {
        if (!graph.savedFactsTrue()) {
            return Optional.empty();
        }
        String current = graph.currentStoryline(id);
        return Optional.of(reportOf(graph, digests, current == null ? List.of() : List.of(current)));
    }

    /** The report of these storylines alone, in this order, from the saved facts. */
    private StoryReport reportOf(EventGraph graph, StoredDigests digests, List<String> storylineIds) {
        ClusterSnapshot part = graph.snapshotOf(storylineIds);
        List<ArticleDigest> articles = digests.inIngestOrder(part.events().stream().flatMap(e -> e.articles().stream()).toList());
        StoryReport report = report(part, articles, graph.savedFacts(), new BlindspotFinder(graph.savedSubjects()));
        Map<String, StoryReport.StorylineSummary> byId = new HashMap<>();
        report.storylines().forEach(s -> byId.put(s.id(), s));
        return report.restrictedTo(storylineIds.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    private StoryReport report(ClusterSnapshot snapshot, List<ArticleDigest> stored, SavedFacts saved, BlindspotFinder blindspots) {
        Map<String, ArticleDigest> byId = new LinkedHashMap<>();
        stored.forEach(a -> byId.put(a.id(), a));
        List<ClusterSnapshot.StorylineRecord> lines = snapshot.storylines().stream()
                .sorted(Comparator.comparingLong(ClusterSnapshot.StorylineRecord::created)).toList();
        Map<String, String> storylineOfEvent = new HashMap<>();
        snapshot.events().forEach(e -> storylineOfEvent.put(e.id(), e.storyline()));
        Map<String, ClusterSnapshot.StorylineLink> linkOfEvent = new HashMap<>();
        snapshot.links().forEach(l -> linkOfEvent.put(l.event(), l));
        Map<String, String> eventOfArticle = new HashMap<>();
        StoryFacts made = new StoryFacts(snapshot.nearCopies());

        List<StoryReport.EventSummary> events = new ArrayList<>();
        Map<String, StoryReport.EventSummary> eventById = new HashMap<>();
        Map<String, EventFacts> factsOfEvent = new HashMap<>();
        for (ClusterSnapshot.EventRecord e : snapshot.events()) {
            EventFacts facts = saved.event(e.id());
            if (facts == null) {
                facts = made.event(digests(e.articles(), byId));
            }
            if (facts == null) {
                continue;
            }
            e.articles().forEach(a -> eventOfArticle.put(a, e.id()));
            factsOfEvent.put(e.id(), facts);
            StoryReport.EventSummary summary = new StoryReport.EventSummary(e.id(), e.articles(), facts.title(), facts.languages(),
                    facts.firstPublished(), facts.sources(), storylineOfEvent.get(e.id()), linkOfEvent.get(e.id()),
                    withBlindspots(facts.coverage(), facts.subjects(), blindspots), facts.titles());
            events.add(summary);
            eventById.put(e.id(), summary);
        }
        events.sort(Comparator.comparing(StoryReport.EventSummary::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoryReport.EventSummary::id));

        List<StoryReport.StorylineSummary> storylineSummaries = new ArrayList<>();
        for (ClusterSnapshot.StorylineRecord s : lines) {
            StorylineFacts facts = saved.storyline(s.id());
            if (facts == null) {
                List<StoryFacts.Member> members = s.events().stream().filter(eventById::containsKey)
                        .map(id -> new StoryFacts.Member(id, eventById.get(id).articles().size(), factsOfEvent.get(id))).toList();
                List<ArticleDigest> articles = members.stream().flatMap(m -> eventById.get(m.id()).articles().stream())
                        .map(byId::get).filter(Objects::nonNull).toList();
                facts = made.storyline(members, articles);
            }
            if (facts == null) {
                continue;
            }
            storylineSummaries.add(summary(s.id(), facts, blindspots));
        }

        List<StoryReport.ArticleSummary> articles = new ArrayList<>();
        for (ArticleDigest a : byId.values()) {
            String event = eventOfArticle.get(a.id());
            articles.add(StoryReport.ArticleSummary.of(a, event, event == null ? null : storylineOfEvent.get(event)));
        }
        return new StoryReport(articles, events, storylineSummaries, snapshot.nearCopies(), snapshot.merged(), snapshot.mergedEvents());
    }

    private static StoryReport.StorylineSummary summary(String id, StorylineFacts facts, BlindspotFinder blindspots) {
        return new StoryReport.StorylineSummary(id, facts.events(), facts.title(), facts.firstPublished(), facts.lastPublished(),
                facts.languages(), withBlindspots(facts.coverage(), facts.subjects(), blindspots), facts.titles());
    }

    private static List<ArticleDigest> digests(List<String> ids, Map<String, ArticleDigest> byId) {
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The coverage with the blindspots of a story about these subjects in its languages and countries. */
    private static Coverage withBlindspots(Coverage coverage, List<String> subjects, BlindspotFinder blindspots) {
        return coverage.with(blindspots.of(subjects, Set.copyOf(coverage.languages().keySet()), Set.copyOf(coverage.countries().keySet())));
    }
}
