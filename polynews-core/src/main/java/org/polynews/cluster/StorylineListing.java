package org.polynews.cluster;

import java.util.List;

/**
 * The storylines a {@link StorylineSelection} chose, as listings show them (without their events and articles).
 *
 * @param storylines the chosen storylines in the order chosen
 * @param total      storylines in the whole store
 * @param matched    storylines that passed the selection's filters, before its offset and limit
 */
public record StorylineListing(List<StoryReport.StorylineSummary> storylines, int total, int matched) {
    public StorylineListing {
        storylines = List.copyOf(storylines);
    }

    /** The listing of a page of the whole report. */
    public static StorylineListing of(StoryPage page) {
        return new StorylineListing(page.report().storylines(), page.storylines(), page.matched());
    }

    /** The storylines titled in a reader's language ({@link StoryReport#inLanguage}). */
    public StorylineListing inLanguage(String language) {
        return language == null ? this : new StorylineListing(storylines.stream().map(s -> s.inLanguage(language)).toList(), total, matched);
    }
}
