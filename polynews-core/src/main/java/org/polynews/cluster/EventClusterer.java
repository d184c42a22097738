package org.polynews.cluster;

import org.polynews.similarity.ArticleComparator;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.TermStatistics;
import org.polynews.store.ArticleDigest;
import org.polynews.store.StoredArticle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Incremental clustering. A new article is compared with the candidates the index found for it (never
 * with every stored article): it joins the event most of whose compared members report the same happening
 * ({@link EventModel}, published within a few days), or founds a new event. A new event joins the storyline (of a
 * candidate) that it most likely continues, if {@link StorylineModel} says it does, or starts one; a storyline whose
 * event grows and turns out to continue another storyline is merged into it.
 */
public final class EventClusterer {
    static final long MAX_EVENT_DAYS = 3;
    static final double NEAR_COPY = 0.5;

    private final ArticleComparator comparator;
    private final EventModel model;
    private final StorylineModel storylines;

    public EventClusterer(ArticleComparator comparator, EventModel model, StorylineModel storylines) {
        this.comparator = comparator;
        this.model = model;
        this.storylines = storylines;
    }

    /** Places the article in the graph and returns its event id. */
    public String place(StoredArticle article, List<StoredArticle> candidates, EventGraph graph, TermStatistics stats) {
        // Each event is judged by all its members the index offered, not by its best one: an article joins an
        // event when most of them report its happening, so one look-alike member never chains two happenings.
        Map<String, Votes> byEvent = new LinkedHashMap<>();
        Map<String, Double> agreeing = new LinkedHashMap<>();
        List<StoredArticle> grouped = candidates.stream().filter(other -> graph.contains(other.id())).toList();
        List<Comparison> comparisons = scoreAll(article, grouped, stats);
        for (int i = 0; i < grouped.size(); i++) {
            StoredArticle other = grouped.get(i);
            Comparison c = comparisons.get(i);
            boolean nearCopy = c.nearCopy() >= NEAR_COPY;
            if (nearCopy) {
                graph.nearCopy(article.id(), other.id(), c.nearCopy());
            }
            double probability = nearCopy ? 1.0 : model.probability(c);
            boolean same = withinEventWindow(c) && (nearCopy || probability >= model.threshold(c));
            byEvent.computeIfAbsent(graph.eventOf(other.id()), e -> new Votes()).add(same, probability);
            if (same) {
                agreeing.put(other.id(), probability);
            }
        }
        String bestEvent = null;
        double bestScore = 0;
        List<String> alsoSame = new ArrayList<>();
        for (var e : byEvent.entrySet()) {
            Votes v = e.getValue();
            // every dated article of the event must be near in time, not just the ones compared
            if (2 * v.same <= v.compared || graph.daysFrom(e.getKey(), article.analysis().article().published()) > MAX_EVENT_DAYS) {
                continue;
            }
            alsoSame.add(e.getKey());
            if (v.mean() > bestScore) {
                bestScore = v.mean();
                bestEvent = e.getKey();
            }
        }
        String event;
        StoryProfile profile = StoryProfile.of(article, stats);
        if (bestEvent != null) {
            graph.join(bestEvent, article.id(), article.analysis().article().published(), bestScore);
            event = bestEvent;
            // Two events this article reports both are one: reports that could not be matched directly (Hindi and
            // Hebrew versions of one story) are joined through the report that matches each of them.
            for (String other : alsoSame) {
                if (!other.equals(bestEvent) && graph.spanWithin(event, other, MAX_EVENT_DAYS)) {
                    event = graph.mergeEvents(event, other);
                }
            }
            String storyline = graph.storylineOf(event);
            graph.addToStoryline(storyline, profile);
            // the thread, now better known (one more report, often in another language), may turn out to continue
            // another; each storyline is judged as a whole, so this merges threads, never chains single links
            Best best = bestStoryline(graph.profile(storyline), candidates, graph, storyline);
            if (best != null) {
                graph.mergeStorylines(best.storyline(), storyline, best.fit(), best.probability());
            }
        } else {
            event = graph.newEvent(article.id(), article.analysis().article().published());
            Best best = bestStoryline(profile, candidates, graph, null);
            if (best != null) {
                graph.joinStoryline(event, best.storyline(), profile, best.fit(), best.probability());
            } else {
                graph.newStoryline(event, profile);
            }
        }
        rehome(event, agreeing, graph);
        graph.addSubjects(ArticleDigest.of(article.analysis()));
        return event;
    }

    /**
     * The article compared with each of {@code others}, in their order. Comparisons are independent of each other and
     * of the graph, so they run on all cores (the storing thread was busy comparing while the others idled); what they
     * decide is then applied one by one, so the grouping does not depend on the number of cores.
     */
    private List<Comparison> scoreAll(StoredArticle article, List<StoredArticle> others, TermStatistics stats) {
        comparator.prepare(article.analysis(), article.features(), stats); // once, not once per thread
        return others.parallelStream()
                .map(other -> comparator.score(article.analysis(), article.features(), other.analysis(), other.features(), stats))
                .toList();
    }

    /**
     * An undated article joins the event it fits best among those stored when it arrives; a report that arrives
     * later may be a far closer match (the same call, where the first match was an earlier call of the same two
     * leaders). Such an article moves to the new report's event, so the grouping does not depend on which of them
     * came first. Founders never move: their event bears their id.
     */
    private static void rehome(String event, Map<String, Double> agreeing, EventGraph graph) {
        agreeing.forEach((id, probability) -> {
            String current = graph.eventOf(id);
            Double standing = graph.joinScore(id);
            if (!current.equals(event) && standing != null && probability > standing && graph.isUndated(id)) {
                graph.move(id, event, probability);
            }
        });
    }

    private record Best(String storyline, StoryFit fit, double probability) {
    }

    /** How the members of one event that were compared judged the new article. */
    private static final class Votes {
        int compared;
        int same;
        double probability;

        void add(boolean sameEvent, double p) {
            compared++;
            same += sameEvent ? 1 : 0;
            probability += p;
        }

        double mean() {
            return probability / compared;
        }
    }

    /**
     * The storyline of a candidate that {@code profile} continues best, if it fits well enough: a thread is joined
     * as a whole (its names, places and words), so one shared name or place never chains two threads.
     */
    private Best bestStoryline(StoryProfile profile, List<StoredArticle> candidates, EventGraph graph, String except) {
        Map<String, StoryProfile> storylinesMet = new LinkedHashMap<>(); // in candidate order
        for (StoredArticle candidate : candidates) {
            String storyline = graph.contains(candidate.id()) ? graph.storylineOf(graph.eventOf(candidate.id())) : null;
            if (storyline != null && !storyline.equals(except) && !storylinesMet.containsKey(storyline)) {
                storylinesMet.put(storyline, graph.profile(storyline));
            }
        }
        // the fits are independent of each other (as comparisons are: see scoreAll); the best is chosen in order
        List<Best> fits = storylinesMet.entrySet().parallelStream().map(e -> {
            StoryFit fit = e.getValue().fit(profile);
            return new Best(e.getKey(), fit, storylines.probability(fit));
        }).toList();
        Best best = null;
        for (Best b : fits) {
            if (b.probability() >= storylines.threshold(b.fit()) && (best == null || b.probability() > best.probability())) {
                best = b;
            }
        }
        return best;
    }

    private static boolean withinEventWindow(Comparison c) {
        return c.daysApart() == null || c.daysApart() <= MAX_EVENT_DAYS;
    }
}
