package org.polynews.cluster;

import org.polynews.similarity.ArticleComparator;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.TermStatistics;
import org.polynews.store.StoredArticle;

import java.util.List;

/**
 * Incremental clustering. A new article is compared with the candidates the index found for it (never
 * with every stored article): it joins the event of the best candidate that reports the same happening
 * (high event score, published within a few days), or founds a new event. Candidates that are about the
 * same people and places but another happening link the two events into one storyline.
 */
public final class EventClusterer {
    /** Same happening: event score at least this, in one language / across languages. */
    static final double SAME_LANGUAGE_EVENT = 0.28;
    static final double CROSS_LANGUAGE_EVENT = 0.42;
    /**
     * Without both publication dates the time check cannot help, so more content evidence is needed; most
     * across languages, where shared names and places tell the story but not the happening.
     */
    static final double UNDATED_MARGIN_SAME_LANGUAGE = 0.10;
    static final double UNDATED_MARGIN_CROSS_LANGUAGE = 0.30;
    static final long MAX_EVENT_DAYS = 3;
    /** Same story: names and places in common at least this much. */
    static final double STORYLINE_LINK = 0.30;
    /** Places alone do not make a story (two articles about the US need not continue each other). */
    static final double STORYLINE_MIN_ENTITIES = 0.25;
    static final double NEAR_COPY = 0.5;

    private final ArticleComparator comparator;

    public EventClusterer(ArticleComparator comparator) {
        this.comparator = comparator;
    }

    /** Places the article in the graph and returns its event id. */
    public String place(StoredArticle article, List<StoredArticle> candidates, EventGraph graph, TermStatistics stats) {
        String bestEvent = null;
        double bestScore = 0;
        Comparison[] comparisons = new Comparison[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            StoredArticle other = candidates.get(i);
            if (!graph.contains(other.id())) {
                continue;
            }
            Comparison c = comparator.score(article.analysis(), article.features(), other.analysis(), other.features(), stats);
            comparisons[i] = c;
            boolean nearCopy = c.nearCopy() >= NEAR_COPY;
            if (nearCopy) {
                graph.nearCopy(article.id(), other.id(), c.nearCopy());
            }
            if (!sameEvent(c) && !(nearCopy && withinEventWindow(c))) {
                continue;
            }
            // Every dated article of the event must be near in time, not just this one.
            if (graph.daysFrom(graph.eventOf(other.id()), article.analysis().article().published()) > MAX_EVENT_DAYS) {
                continue;
            }
            double score = nearCopy ? Math.max(1.0, c.eventScore()) : c.eventScore();
            if (score > bestScore) {
                bestScore = score;
                bestEvent = graph.eventOf(other.id());
            }
        }
        String event;
        if (bestEvent != null) {
            graph.join(bestEvent, article.id(), article.analysis().article().published());
            event = bestEvent;
        } else {
            event = graph.newEvent(article.id(), article.analysis().article().published());
        }
        // One link per article, to the event it continues most clearly: linking to every event that shares
        // an actor chains whole beats (every article naming the same president) into one storyline.
        String linkTo = null;
        double linkScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Comparison c = comparisons[i];
            if (c == null) {
                continue;
            }
            String otherEvent = graph.eventOf(candidates.get(i).id());
            double story = storyScore(c);
            boolean sharedActor = c.signals().entities() >= STORYLINE_MIN_ENTITIES
                    || !namesReadable(article) || !namesReadable(candidates.get(i));
            if (!otherEvent.equals(event) && sharedActor && story >= STORYLINE_LINK) {
                graph.link(event, otherEvent, Math.round(story * 1000) / 1000.0);
            }
        }
        return event;
    }

    static boolean sameEvent(Comparison c) {
        double threshold = c.sameLanguage() ? SAME_LANGUAGE_EVENT : CROSS_LANGUAGE_EVENT;
        if (c.daysApart() == null) {
            threshold += c.sameLanguage() ? UNDATED_MARGIN_SAME_LANGUAGE : UNDATED_MARGIN_CROSS_LANGUAGE;
        }
        return withinEventWindow(c) && c.eventScore() >= threshold;
    }

    private static boolean withinEventWindow(Comparison c) {
        return c.daysApart() == null || c.daysApart() <= MAX_EVENT_DAYS;
    }

    /**
     * In scripts without capitals names are only candidates (see EntityExtractor), so a low entity score
     * there means "could not tell", not "different people"; places then carry the link alone.
     */
    private static boolean namesReadable(StoredArticle article) {
        return article.features().candidates().isEmpty();
    }

    /** How much two articles share the actors and places of a story, whatever the happening. */
    static double storyScore(Comparison c) {
        return 0.6 * c.signals().entities() + 0.4 * c.signals().geography();
    }
}
