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
        return Math.round(BCubed.of(inA, inB, BCubed.sizes(inA), BCubed.sizes(inB)).f1() * 1000) / 1000.0;
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
}
