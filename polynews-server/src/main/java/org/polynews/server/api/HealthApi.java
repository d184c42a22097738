package org.polynews.server.api;

import org.polynews.Polynews;
import org.polynews.server.Reply;
import org.polynews.server.Router;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/health}: the server answers and the store is readable. */
public final class HealthApi {
    private final Polynews polynews;
    private final StoryIndex stories;
    private final long started = System.currentTimeMillis();

    public HealthApi(Polynews polynews, StoryIndex stories) {
        this.polynews = polynews;
        this.stories = stories;
    }

    public void register(Router router) {
        router.get("/api/health", r -> {
            StoryIndex.View view = stories.current();
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "ok");
            health.put("articles", polynews.size());
            health.put("events", view.events().size());
            health.put("storylines", view.storylines().size());
            health.put("languages", view.articles().stream().map(a -> a.language()).distinct().sorted().toList());
            health.put("uptime_seconds", (System.currentTimeMillis() - started) / 1000);
            return Reply.ok(health);
        });
    }
}
