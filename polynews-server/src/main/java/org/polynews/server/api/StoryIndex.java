package org.polynews.server.api;

import org.polynews.Polynews;
import org.polynews.cluster.StoryReport;
import org.polynews.language.LanguageCode;
import org.polynews.server.HttpProblem;
import org.polynews.server.Request;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events, storylines and article summaries looked up by id. Rebuilt only when the store's story report
 * changes (the report itself is rebuilt only after an ingest), so reads cost a map lookup.
 */
public final class StoryIndex {
    private final Polynews polynews;
    private volatile View view;

    public StoryIndex(Polynews polynews) {
        this.polynews = polynews;
    }

    public View current() {
        StoryReport report = polynews.stories();
        View v = view;
        if (v == null || v.report != report) {
            v = new View(report);
            view = v;
        }
        return v;
    }

    /**
     * The current view with events and storylines titled in the reader's language ({@code lang=}, an ISO 639-1
     * code) where they have a title in it; the plain view without {@code lang}.
     */
    public View current(Request request) {
        String language = readerLanguage(request);
        View v = current();
        return language == null ? v : v.inLanguage.computeIfAbsent(language, l -> new View(v.report.inLanguage(l)));
    }

    /** The reader's language the request asks titles in ({@code lang=}, an ISO 639-1 code); null when it asks for none. */
    static String readerLanguage(Request request) {
        String lang = request.query("lang");
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return LanguageCode.of(lang)
                .orElseThrow(() -> HttpProblem.badRequest("lang must be a language code (ISO 639-1, like en, ar or hi), not " + lang));
    }

    /** One consistent picture of the store's stories. */
    public static final class View {
        private final StoryReport report;
        private final Map<String, StoryReport.ArticleSummary> articles = new LinkedHashMap<>();
        private final Map<String, StoryReport.EventSummary> events = new LinkedHashMap<>();
        private final Map<String, StoryReport.StorylineSummary> storylines = new LinkedHashMap<>();
        /** The same view titled in each language asked for (at most the ISO 639-1 codes, each built once). */
        private final Map<String, View> inLanguage = new ConcurrentHashMap<>();

        public View(StoryReport report) {
            this.report = report;
            report.articles().stream().sorted(NEWEST_FIRST).forEach(a -> articles.put(a.id(), a));
            report.events().forEach(e -> events.put(e.id(), e));
            report.storylines().forEach(s -> storylines.put(s.id(), s));
        }

        private static final Comparator<StoryReport.ArticleSummary> NEWEST_FIRST = Comparator
                .comparing(StoryReport.ArticleSummary::published, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(StoryReport.ArticleSummary::id);

        public StoryReport report() {
            return report;
        }

        /** Every article, newest first. */
        public List<StoryReport.ArticleSummary> articles() {
            return List.copyOf(articles.values());
        }

        public StoryReport.ArticleSummary article(String id) {
            return articles.get(id);
        }

        /** An event by its id, or by the id of an event merged into it. */
        public StoryReport.EventSummary event(String id) {
            return events.get(report.mergedEvents().getOrDefault(id, id));
        }

        /** A storyline by its id, or by the id of a storyline merged into it (links made before the merge keep working). */
        public StoryReport.StorylineSummary storyline(String id) {
            return storylines.get(report.mergedStorylines().getOrDefault(id, id));
        }

        public List<StoryReport.EventSummary> events() {
            return List.copyOf(events.values());
        }

        public List<StoryReport.StorylineSummary> storylines() {
            return List.copyOf(storylines.values());
        }

        public List<StoryReport.ArticleSummary> articlesOf(StoryReport.EventSummary event) {
            return event.articles().stream().map(articles::get).filter(Objects::nonNull).toList();
        }

        public List<StoryReport.ArticleSummary> articlesOf(StoryReport.StorylineSummary storyline) {
            return storyline.events().stream().map(events::get).filter(Objects::nonNull)
                    .flatMap(e -> articlesOf(e).stream()).toList();
        }
    }
}
