package org.polynews.server.api;

import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.server.HttpProblem;
import org.polynews.server.Reply;
import org.polynews.server.Request;
import org.polynews.server.Router;
import org.polynews.similarity.Comparison;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/compare?a=ID&b=ID}: the seven scores with their evidence, both texts, and what they share
 * (names, places, passages as each text writes them) so that a page can mark them.
 */
public final class CompareApi {
    private final Polynews polynews;

    public CompareApi(Polynews polynews) {
        this.polynews = polynews;
    }

    public void register(Router router) {
        router.get("/api/compare", this::compare);
    }

    /** The reply: both articles as shown, and how they compare. */
    record Compared(Side a, Side b, Comparison comparison) {
    }

    record Side(String id, String title, String language, LocalDate published, String site, List<String> paragraphs) {
        static Side of(AnalyzedArticle a) {
            return new Side(a.id(), a.article().label(), a.language(), a.article().published(), a.article().site(), a.article().paragraphs());
        }
    }

    private Reply compare(Request request) {
        AnalyzedArticle a = article(request, "a");
        AnalyzedArticle b = article(request, "b");
        Comparison c = polynews.compare(a, b);
        return Reply.ok(new Compared(Side.of(a), Side.of(b), c));
    }

    private AnalyzedArticle article(Request request, String parameter) {
        String id = request.required(parameter);
        return polynews.find(id)
                .orElseThrow(() -> HttpProblem.notFound(parameter + ": no stored article has the id " + id + " (or more than one starts with it)"))
                .analysis();
    }
}
