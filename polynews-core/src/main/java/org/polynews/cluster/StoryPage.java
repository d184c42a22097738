package org.polynews.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The storylines a {@link StorylineSelection} chose, with their events and articles, and how many storylines there
 * are in all.
 *
 * @param report     the chosen storylines in the order chosen ({@link StoryReport#restrictedTo})
 * @param storylines storylines in the whole store
 * @param matched    storylines that passed the selection's filters, before its offset and limit
 */
public record StoryPage(StoryReport report, int storylines, int matched) {
    /** The page of a whole report. */
    public static StoryPage of(StoryReport all, StorylineSelection selection) {
        Map<String, List<StoryReport.ArticleSummary>> articlesOf = new HashMap<>();
        all.articles().forEach(a -> articlesOf.computeIfAbsent(a.storyline(), k -> new ArrayList<>()).add(a));
        Map<String, StoryReport.StorylineSummary> byId = new HashMap<>();
        List<StorylineSelection.Candidate> candidates = new ArrayList<>();
        for (StoryReport.StorylineSummary s : all.storylines()) {
            byId.put(s.id(), s);
            candidates.add(new StorylineSelection.Candidate(s.id(), s.coverage().independentSources(), s.coverage().articles(),
                    s.lastPublished(), filter -> filter.matchesAny(articlesOf.getOrDefault(s.id(), List.of()))));
        }
        StorylineSelection.Chosen chosen = selection.apply(candidates);
        return new StoryPage(all.restrictedTo(chosen.ids().stream().map(byId::get).toList()), all.storylines().size(), chosen.matched());
    }

    /** The page with events and storylines titled in a reader's language ({@link StoryReport#inLanguage}; null: as they are). */
    public StoryPage inLanguage(String language) {
        return new StoryPage(report.inLanguage(language), storylines, matched);
    }
}
