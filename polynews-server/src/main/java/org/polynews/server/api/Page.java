package org.polynews.server.api;

import org.polynews.server.Request;

import java.util.List;

/** One page of a listing: {@code offset} (default 0) and {@code limit} (default 50, at most 500) from the query. */
record Page<T>(int total, int offset, int limit, List<T> items) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    static <T> Page<T> of(List<T> all, Request request) {
        int offset = offset(request);
        int limit = limit(request);
        int from = Math.min(offset, all.size());
        return new Page<>(all.size(), offset, limit, List.copyOf(all.subList(from, Math.min(all.size(), from + limit))));
    }

    static int offset(Request request) {
        return request.intQuery("offset", 0, 0, Integer.MAX_VALUE);
    }

    static int limit(Request request) {
        return request.intQuery("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }
}
