package org.polynews.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polynews.cluster.ClusterSnapshot;
import org.polynews.cluster.StoryReport;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An event as listings show it: when it was reported, in which languages, by which sources, how many articles.
 *
 * @param articlesByLanguage article count per language
 * @param storylineLink      why the event joined its storyline; null for the event that started it
 * @param coverage           who reported it: sites, independent sources, languages, countries, first report and
 *                           follow-ups, and {@code spread}, the same as a sentence
 */
public record EventItem(String id, String title,
                        @JsonProperty("first_published") LocalDate firstPublished,
                        @JsonProperty("last_published") LocalDate lastPublished,
                        List<String> languages, List<String> sources,
                        @JsonProperty("article_count") int articleCount,
                        @JsonProperty("articles_by_language") Map<String, Integer> articlesByLanguage,
                        String storyline, @JsonProperty("storyline_link") ClusterSnapshot.StorylineLink storylineLink,
                        CoverageItem coverage, List<String> articles) implements Listed {

    static EventItem of(StoryReport.EventSummary e, StoryIndex.View view) {
        List<StoryReport.ArticleSummary> articles = view.articlesOf(e);
        Map<String, Integer> byLanguage = new TreeMap<>();
        articles.forEach(a -> byLanguage.merge(a.language(), 1, Integer::sum));
        LocalDate last = articles.stream().map(StoryReport.ArticleSummary::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(e.firstPublished());
        return new EventItem(e.id(), e.title(), e.firstPublished(), last, e.languages(), e.sources(), articles.size(), byLanguage,
                e.storyline(), e.link(), CoverageItem.of(e.coverage()), e.articles());
    }


    /** On a time axis: oldest first; undated last. */
    static final Comparator<EventItem> OLDEST_FIRST = Comparator
            .comparing(EventItem::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventItem::id);
}
