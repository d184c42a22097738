package org.polynews.cluster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/**
 * The filters of listings (the API's and {@code stories}): {@code language} (ISO code), {@code from} and {@code to}
 * (publication dates, inclusive) and {@code site} (part of the site's name, lower case); each null when not asked
 * for. An event or storyline passes when one of its articles does.
 */
public record ArticleFilter(String language, LocalDate from, LocalDate to, String site) {
    public boolean isEmpty() {
        return language == null && from == null && to == null && site == null;
    }

    public boolean matches(StoryReport.ArticleSummary a) {
        return matchesLanguageAndDate(a.language(), a.published())
                && (site == null || (a.site() != null && a.site().toLowerCase(Locale.ROOT).contains(site)));
    }

    /** Whether an article in this language published that day (null: undated) passes all but the site filter. */
    boolean matchesLanguageAndDate(String articleLanguage, LocalDate published) {
        if (language != null && !language.equals(articleLanguage)) {
            return false;
        }
        if ((from != null || to != null) && published == null) {
            return false;
        }
        return (from == null || !published.isBefore(from)) && (to == null || !published.isAfter(to));
    }

    public boolean matchesAny(Collection<StoryReport.ArticleSummary> articles) {
        return isEmpty() || articles.stream().anyMatch(this::matches);
    }
}
