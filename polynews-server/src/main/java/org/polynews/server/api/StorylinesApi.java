package org.polynews.server.api;

import org.polynews.cluster.ArticleFilter;
import org.polynews.cluster.StoryReport;
import org.polynews.server.HttpProblem;
import org.polynews.server.Reply;
import org.polynews.server.Request;
import org.polynews.server.Router;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/storylines} (ranked by coverage or newest first, filtered, paged), {@code GET /api/storylines/{id}}
 * with its events in time order, and {@code GET /api/report}: the whole report {@code polynews stories --format json}
 * prints, which that command asks for while a server holds the store.
 */
public final class StorylinesApi {
    private final StoryIndex stories;

    public StorylinesApi(StoryIndex stories) {
        this.stories = stories;
    }

    public void register(Router router) {
        router.get("/api/storylines", this::list);
        router.get("/api/storylines/{id}", this::one);
        router.get("/api/report", r -> Reply.ok(stories.current(r).report()));
    }

    private Reply list(Request request) {
        ArticleFilter filter = ArticleFilters.from(request);
        ListingOrder order = ListingOrder.from(request);
        StoryIndex.View view = stories.current(request);
        List<StorylineItem> items = view.storylines().stream()
                .filter(s -> filter.matchesAny(view.articlesOf(s)))
                .map(s -> StorylineItem.of(s, view))
                .toList();
        return Reply.ok(Page.of(order.apply(items), request));
    }

    private Reply one(Request request) {
        StoryIndex.View view = stories.current(request);
        String id = request.path("id");
        StoryReport.StorylineSummary s = view.storyline(id);
        if (s == null) {
            throw HttpProblem.notFound("no storyline has the id " + id);
        }
        List<EventItem> events = s.events().stream().map(view::event).map(e -> EventItem.of(e, view)).sorted(EventItem.OLDEST_FIRST).toList();
        return Reply.ok(new StorylineDetail(StorylineItem.of(s, view), events));
    }

    /** A storyline and its events, oldest first. */
    record StorylineDetail(StorylineItem storyline, List<EventItem> events) {
    }
}
