package org.polynews.server.api;

import org.polynews.cluster.ArticleFilter;
import org.polynews.IngestListener;
import org.polynews.IngestReport;
import org.polynews.Polynews;
import org.polynews.analyze.AnalysisView;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.cluster.StoryReport;
import org.polynews.server.HttpProblem;
import org.polynews.server.Reply;
import org.polynews.server.Request;
import org.polynews.server.Router;
import org.polynews.server.ServerMetrics;
import org.polynews.source.SourceProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/articles} (ingest one article or a batch: JSON, JSON Lines, HTML or text, by content
 * type), {@code GET /api/articles} (newest first, filtered, paged) and {@code GET /api/articles/{id}}.
 */
public final class ArticlesApi {
    private static final Map<String, String> KINDS = Map.of(
            "application/json", "json",
            "application/x-ndjson", "jsonl",
            "application/jsonl", "jsonl",
            "application/x-jsonlines", "jsonl",
            "text/html", "html",
            "application/xhtml+xml", "html",
            "text/plain", "txt",
            "text/markdown", "txt");

    private final Polynews polynews;
    private final StoryIndex stories;
    private final ServerMetrics metrics;

    public ArticlesApi(Polynews polynews, StoryIndex stories, ServerMetrics metrics) {
        this.polynews = polynews;
        this.stories = stories;
        this.metrics = metrics;
    }

    public void register(Router router) {
        router.post("/api/articles", this::ingest);
        router.get("/api/articles", this::list);
        router.get("/api/articles/{id}", this::one);
    }

    /** What happened to one uploaded article. */
    record Ingested(String source, String id, boolean added, String event, String storyline) {
    }

    private Reply ingest(Request request) throws Exception {
        String kind = kind(request.header("Content-Type"));
        String source = request.query("source") == null ? "upload" : request.query("source");
        byte[] body = request.body();
        List<Ingested> seen = new ArrayList<>();
        IngestReport report = polynews.ingest(source, body, kind, new IngestListener() {
            @Override
            public void article(String where, String id, boolean added) {
                seen.add(new Ingested(where, id, added, null, null));
            }
        });
        metrics.ingested(report.added(), report.skipped().size());
        // each article's event and storyline from the grouping itself: a story report over the whole store took seconds
        // at 100,000 articles, for every upload
        List<Ingested> articles = new ArrayList<>();
        for (Ingested s : seen) {
            String event = polynews.eventOf(s.id());
            articles.add(new Ingested(s.source(), s.id(), s.added(), event, event == null ? null : polynews.storylineOf(event)));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("added", report.added());
        answer.put("duplicates", report.duplicates());
        answer.put("articles", articles);
        answer.put("problems", report.skipped());
        if (articles.isEmpty()) {
            SourceProblem first = report.skipped().isEmpty() ? new SourceProblem(source, "no article found") : report.skipped().get(0);
            answer.put("status", 422);
            answer.put("error", "nothing was ingested: " + first);
            return Reply.json(422, answer);
        }
        return Reply.json(report.added() > 0 ? 201 : 200, answer);
    }

    private static String kind(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null; // judged by what the body looks like
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String kind = KINDS.get(type);
        if (kind == null) {
            throw new HttpProblem(415, "cannot ingest " + type + "; send application/json, application/x-ndjson, text/html or text/plain");
        }
        return kind;
    }

    private Reply list(Request request) {
        ArticleFilter filter = ArticleFilters.from(request);
        String event = request.query("event");
        List<StoryReport.ArticleSummary> items = stories.current().articles().stream()
                .filter(filter::matches)
                .filter(a -> event == null || event.equals(a.event()))
                .toList();
        return Reply.ok(Page.of(items, request));
    }

    private Reply one(Request request) {
        String id = request.path("id");
        AnalyzedArticle a = polynews.find(id).orElseThrow(() -> HttpProblem.notFound("no stored article has the id " + id)).analysis();
        String event = polynews.eventOf(a.id());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("article", AnalysisView.of(a));
        answer.put("event", event);
        answer.put("storyline", event == null ? null : polynews.storylineOf(event));
        return Reply.ok(answer);
    }
}
