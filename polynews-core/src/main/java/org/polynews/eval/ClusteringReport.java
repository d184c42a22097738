package org.polynews.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * How a grouping agrees with labelled articles (see {@link ClusteringEvaluation}).
 *
 * @param articles          articles stored once the ingest ended (labelled, mixed in, and any already in the store)
 * @param goldArticles      labelled articles stored
 * @param mixedArticles     unlabelled articles stored
 * @param regrouped         whether the stored articles were regrouped rather than ingested
 * @param articlesPerSecond ingest speed over the whole run (reading, analysis, storing, grouping), or regrouping speed
 * @param judged            the judged pairs' figures, or null without {@code --pairs}
 * @param skipped           inputs that could not be read or stored, with reasons
 * @param orderCheck        how alike the grouping of the same files in the other order is, or null when not checked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusteringReport(int articles, @JsonProperty("gold_articles") int goldArticles,
                               @JsonProperty("mixed_articles") int mixedArticles, boolean regrouped, double seconds,
                               @JsonProperty("articles_per_second") double articlesPerSecond,
                               Events events, Storylines storylines, Judged judged, List<String> skipped,
                               @JsonProperty("order_check") OrderAgreement orderCheck) {

    public ClusteringReport {
        skipped = List.copyOf(skipped);
    }

    public ClusteringReport withOrderCheck(OrderAgreement agreement) {
        return new ClusteringReport(articles, goldArticles, mixedArticles, regrouped, seconds, articlesPerSecond, events, storylines,
                judged, skipped, agreement);
    }

    /**
     * @param count               events over all stored articles
     * @param singletons          of which hold one article
     * @param pairs               labelled pairs of one true event
     * @param recall              share of them put in one event
     * @param recallByLanguagePair the same per pair of languages ("ar-en")
     * @param precisionStoryline  share of the pairs put in one event (at least one labelled; a labelled and a mixed-in
     *                            article count as wrong) that are of one true storyline
     * @param precisionEvent      the same against the true events
     */
    public record Events(int count, int singletons, int pairs, double recall,
                         @JsonProperty("recall_by_language_pair") Map<String, PairRecall> recallByLanguagePair,
                         @JsonProperty("precision_storyline") double precisionStoryline,
                         @JsonProperty("precision_event") double precisionEvent) {
    }

    public record PairRecall(int pairs, double recall) {
    }

    /**
     * BCubed over the labelled articles against their true storylines; a predicted storyline's size counts the
     * unlabelled articles it swallowed.
     */
    public record Storylines(int count, @JsonProperty("bcubed_precision") double precision,
                             @JsonProperty("bcubed_recall") double recall, @JsonProperty("bcubed_f1") double f1,
                             Largest largest) {
    }

    /** The largest storyline: its id, title, articles, and how many of them are labelled. */
    public record Largest(String id, String title, int articles, @JsonProperty("gold_articles") int goldArticles) {
    }

    /**
     * Judged pairs (SemEval style): same story = Overall at most 1.5, different = at least 3.5.
     *
     * @param different         pairs judged different
     * @param differentTogether share of them in one event or one storyline
     */
    public record Judged(@JsonProperty("same_story") int sameStory,
                         @JsonProperty("same_story_in_one_event") double sameStoryInOneEvent,
                         @JsonProperty("same_story_in_one_storyline") double sameStoryInOneStoryline,
                         int different, @JsonProperty("different_together") double differentTogether) {
    }
}
