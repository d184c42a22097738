package org.polynews.server.api;

import org.polynews.Polynews;
import org.polynews.cluster.ArticleFilter;
import org.polynews.cluster.StoryPage;
import org.polynews.cluster.StoryReport;
import org.polynews.cluster.StorylineListing;
import org.polynews.server.HttpProblem;
import org.polynews.server.Reply;
import org.polynews.server.Request;
import org.polynews.server.Router;

import java.util.List;

/**
 * {@code GET /api/storylines} (ranked by coverage or newest first, filtered, paged), {@code GET /api/storylines/{id}}
 * with its events in time order, {@code GET /api/stories}: the report of the storylines a listing chooses, which
 * {@code polynews stories} asks for while a server holds the store, and {@code GET /api/report}: the whole report.
 */
public final class StorylinesApi {
    private final Polynews polynews;
    private final StoryIndex stories;

    public StorylinesApi(Polynews polynews, StoryIndex stories) {
        this.polynews = polynews;
        this.stories = stories;
    }

    public void register(Router router) {
        router.get("/api/storylines", this::list);
        router.get("/api/storylines/{id}", this::one);
        router.get("/api/report", r -> Reply.ok(stories.current(r).report()));
        router.get("/api/stories", this::chosen);
    }

    /**
     * The report of the storylines a listing's parameters choose (every one without them), with how many there are:
     * what {@code polynews stories} prints, which asks for it while a server holds the store. No limit unless asked.
     */
    private Reply chosen(Request request) {
        ArticleFilter filter = ArticleFilters.from(request);
        Integer limit = request.query("limit") == null ? null : request.intQuery("limit", 0, 0, Integer.MAX_VALUE);
        StoryPage page = polynews.stories(ListingOrder.from(request).storylines(filter, Page.offset(request), limit));
        return Reply.ok(page.inLanguage(StoryIndex.readerLanguage(request)));
    }

    /** A page of the listing: read from the standings the grouping file keeps, not from the whole report. */
    private Reply list(Request request) {
        ArticleFilter filter = ArticleFilters.from(request);
        int offset = Page.offset(request);
        int limit = Page.limit(request);
        StorylineListing listing = polynews.storylines(ListingOrder.from(request).storylines(filter, offset, limit))
                .inLanguage(StoryIndex.readerLanguage(request));
        return Reply.ok(new Page<>(listing.matched(), offset, limit, listing.storylines().stream().map(StorylineItem::of).toList()));
    }

    /** One storyline with its events, oldest first: the storyline's part of the report alone. */
    private Reply one(Request request) {
        String id = request.path("id");
        StoryReport report = polynews.storyline(id).orElseThrow(() -> HttpProblem.notFound("no storyline has the id " + id));
        String reader = StoryIndex.readerLanguage(request);
        StoryIndex.View view = new StoryIndex.View(reader == null ? report : report.inLanguage(reader));
        StoryReport.StorylineSummary s = view.storylines().get(0);
        List<EventItem> events = s.events().stream().map(view::event).map(e -> EventItem.of(e, view)).sorted(EventItem.OLDEST_FIRST).toList();
        return Reply.ok(new StorylineDetail(StorylineItem.of(s), events));
    }

    /** A storyline and its events, oldest first. */
    record StorylineDetail(StorylineItem storyline, List<EventItem> events) {
    }
}
