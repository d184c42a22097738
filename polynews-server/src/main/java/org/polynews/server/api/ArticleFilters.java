package org.polynews.server.api;

import org.polynews.cluster.ArticleFilter;
import org.polynews.server.HttpProblem;
import org.polynews.server.Request;

import java.time.LocalDate;
import java.util.Locale;

/** The {@link ArticleFilter} a listing's query asks for: {@code language}, {@code from}, {@code to}, {@code site}. */
final class ArticleFilters {
    private ArticleFilters() {
    }

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
}
