package org.polynews.server.api;

import org.polynews.cluster.StoryReport;
import org.polynews.server.HttpProblem;
import org.polynews.server.Request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/**
 * The filters every listing takes: {@code language} (ISO code), {@code from} and {@code to} (publication
 * dates, inclusive) and {@code site} (part of the site's name). An event or storyline passes when one of
 * its articles does.
 */
record ArticleFilter(String language, LocalDate from, LocalDate to, String site) {
    static ArticleFilter from(Request request) {
        LocalDate from = request.dateQuery("from");
        LocalDate to = request.dateQuery("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw HttpProblem.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        String language = request.query("language");
        String site = request.query("site");
        return new ArticleFilter(language == null ? null : language.toLowerCase(Locale.ROOT), from, to,
                site == null ? null : site.toLowerCase(Locale.ROOT));
    }

    boolean isEmpty() {
        return language == null && from == null && to == null && site == null;
    }

    boolean matches(StoryReport.ArticleSummary a) {
        if (language != null && !language.equals(a.language())) {
            return false;
        }
        if ((from != null || to != null) && a.published() == null) {
            return false;
        }
        if (from != null && a.published().isBefore(from)) {
            return false;
        }
        if (to != null && a.published().isAfter(to)) {
            return false;
        }
        return site == null || (a.site() != null && a.site().toLowerCase(Locale.ROOT).contains(site));
    }

    boolean matchesAny(Collection<StoryReport.ArticleSummary> articles) {
        return isEmpty() || articles.stream().anyMatch(this::matches);
    }
}
