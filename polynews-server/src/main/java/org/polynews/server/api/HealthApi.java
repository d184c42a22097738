package org.polynews.server.api;

import org.polynews.Polynews;
import org.polynews.server.Reply;
import org.polynews.server.Router;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/health}: the server answers and the store is readable. */
public final class HealthApi {
    private final Polynews polynews;
    private final long started = System.currentTimeMillis();
    private final String instance;

    /** @param instance this server's run (a new one at each start): a client that found its address on disk checks it */
    public HealthApi(Polynews polynews, String instance) {
        this.polynews = polynews;
        this.instance = instance;
    }

    public void register(Router router) {
        router.get("/api/health", r -> {
            Polynews.Overview overview = polynews.overview(); // counted: the CLI asks this before each command it passes on
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "ok");
            health.put("articles", overview.articles());
            health.put("events", overview.events());
            health.put("storylines", overview.storylines());
            health.put("languages", overview.languages());
            health.put("uptime_seconds", (System.currentTimeMillis() - started) / 1000);
            health.put("instance", instance);
            return Reply.ok(health);
        });
    }
}
