package org.polynews.server.api;

import org.polynews.cluster.ArticleFilter;
import org.polynews.Polynews;
import org.polynews.cluster.StoryReport;
import org.polynews.server.Reply;
import org.polynews.server.Request;
import org.polynews.server.Router;
import org.polynews.store.SearchHit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/search?q=…}: any language, best first, with the matching passage; the listing filters apply. */
public final class SearchApi {
    /** Hits fetched before filtering, so that filters still leave a full page. */
    private static final int FILTER_POOL = 500;

    private final Polynews polynews;

    public SearchApi(Polynews polynews) {
        this.polynews = polynews;
    }

    public void register(Router router) {
        router.get("/api/search", this::search);
    }

    /** The reply: the query as read, and its hits best first. */
    record Found(String query, List<Hit> hits) {
    }

    /** @param matched the words of the snippet the query matched, as the snippet writes them (to mark) */
    record Hit(String id, double score, String snippet, List<String> matched, String title, String language, LocalDate published, String site,
               String event, String storyline) {
    }

    private Reply search(Request request) {
        String q = request.required("q");
        int limit = request.intQuery("limit", 20, 1, 100);
        ArticleFilter filter = ArticleFilters.from(request);
        List<Hit> hits = new ArrayList<>();
        for (SearchHit h : polynews.search(q, filter.isEmpty() ? limit : FILTER_POOL)) {
            if (hits.size() == limit) {
                break;
            }
            // each hit from its digest and the grouping: the story report covers the whole store and is rebuilt after
            // every ingest (seconds at 100,000 articles)
            StoryReport.ArticleSummary a = polynews.summary(h.id()).orElse(null);
            if (a != null && filter.matches(a)) {
                hits.add(new Hit(h.id(), h.score(), h.snippet().text(), h.snippet().matched(), a.title(), a.language(), a.published(), a.site(), a.event(), a.storyline()));
            }
        }
        return Reply.ok(new Found(q, hits));
    }
}
