package org.polynews.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polynews.cluster.StoryReport;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How alike two groupings of the same articles are (one ingest in the files' order, one in reverse): BCubed F1 of
 * one against the other, for events and storylines, over all articles both hold and over the labelled ones. 1 means
 * arrival order changed nothing.
 */
public record OrderAgreement(@JsonProperty("events_all") double eventsAll, @JsonProperty("events_labelled") double eventsLabelled,
                             @JsonProperty("storylines_all") double storylinesAll,
                             @JsonProperty("storylines_labelled") double storylinesLabelled) {

    /** @param labelled ids of the labelled articles (ids come from the text, so both stores give the same) */
    public static OrderAgreement of(StoryReport a, StoryReport b, Set<String> labelled) {
        return new OrderAgreement(f1(a, b, StoryReport.ArticleSummary::event, null), f1(a, b, StoryReport.ArticleSummary::event, labelled),
                f1(a, b, StoryReport.ArticleSummary::storyline, null), f1(a, b, StoryReport.ArticleSummary::storyline, labelled));
    }

    private static double f1(StoryReport a, StoryReport b, Function<StoryReport.ArticleSummary, String> group, Set<String> only) {
        Map<String, String> inA = groups(a, group, only);
        Map<String, String> inB = groups(b, group, only);
        inA.keySet().retainAll(inB.keySet());
        inB.keySet().retainAll(inA.keySet());
        if (inA.isEmpty()) {
            return 1;
        }
        Map<String, Integer> sizeA = counts(inA, id -> inA.get(id));
        Map<String, Integer> sizeB = counts(inB, id -> inB.get(id));
        Map<String, Integer> both = counts(inA, id -> inA.get(id) + "\n" + inB.get(id));
        double precision = 0;
        double recall = 0;
        for (String id : inA.keySet()) {
            int shared = both.get(inA.get(id) + "\n" + inB.get(id));
            precision += shared / (double) sizeB.get(inB.get(id));
            recall += shared / (double) sizeA.get(inA.get(id));
        }
        precision /= inA.size();
        recall /= inA.size();
        return Math.round(2 * precision * recall / (precision + recall) * 1000) / 1000.0;
    }

    private static Map<String, String> groups(StoryReport report, Function<StoryReport.ArticleSummary, String> group, Set<String> only) {
        Map<String, String> out = new HashMap<>();
        for (StoryReport.ArticleSummary article : report.articles()) {
            String g = group.apply(article);
            if (g != null && (only == null || only.contains(article.id()))) {
                out.put(article.id(), g);
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(Map<String, String> items, Function<String, String> key) {
        Map<String, Integer> out = new HashMap<>();
        items.keySet().forEach(id -> out.merge(key.apply(id), 1, Integer::sum));
        return out;
    }
}
