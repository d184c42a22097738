package org.polynews.server;


import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** One HTTP request as handlers see it: path and query parameters, headers, a size-limited body. */
public final class Request {
    private final org.eclipse.jetty.server.Request request;
    private final Map<String, String> path;
    private final Map<String, String> query;
    private final byte[] body;

    /** @param body the request's body, read in full before the handler runs (empty for a read) */
    Request(org.eclipse.jetty.server.Request request, Map<String, String> path, byte[] body) {
        this.request = request;
        this.path = path;
        this.query = parseQuery(request.getHttpURI().getQuery());
        this.body = body;
    }

    static Map<String, String> parseQuery(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("malformed query string: " + e.getMessage());
        }
    }

    public String path(String name) {
        return URLDecoder.decode(path.get(name), StandardCharsets.UTF_8);
    }

    /** A query parameter, or null when absent or empty. */
    public String query(String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String required(String name) {
        String value = query(name);
        if (value == null) {
            throw HttpProblem.badRequest("the query parameter '" + name + "' is required");
        }
        return value;
    }

    public int intQuery(String name, int fallback, int min, int max) {
        String value = query(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw HttpProblem.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    public LocalDate dateQuery(String name) {
        String value = query(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest(name + " must be a date like 2025-10-03, not '" + value + "'");
        }
    }

    public String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The body (the server refused it with 413 when larger than its limit, before any handler ran). */
    public byte[] body() {
        return body;
    }
}
