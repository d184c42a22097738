package org.polynews.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web page and the OpenAPI file, served from the jar: nothing to build or fetch, no CDN.
 */
public final class StaticResources {
    private static final String ROOT = "/org/polynews/server/web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml");
    /** The files found so far: at most the few the jar holds. */
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** The resource {@code name} (a file name under the web folder) as a reply, or 404. */
    public Reply serve(String name) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null || name.contains("/") || name.startsWith(".")) {
            throw HttpProblem.notFound("no such file: /" + name);
        }
        byte[] body = cache.get(name);
        if (body == null) {
            body = load(name);
            if (body.length == 0) {
                // not remembered: a name that does not exist must not cost memory, however many of them are asked for
                throw HttpProblem.notFound("no such file: /" + name);
            }
            cache.putIfAbsent(name, body);
        }
        return Reply.bytes(type, body);
    }

    /** How many files are held in memory. */
    int remembered() {
        return cache.size();
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticResources.class.getResourceAsStream(ROOT + name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + ROOT + name + " from the jar", e);
        }
    }
}
