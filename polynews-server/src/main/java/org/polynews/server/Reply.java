package org.polynews.server;

import java.nio.charset.StandardCharsets;

/** What a handler answers: status, content type and body. JSON bodies are written by the server. */
public record Reply(int status, String contentType, byte[] body, Object json) {
    public static Reply json(int status, Object value) {
        return new Reply(status, "application/json; charset=utf-8", null, value);
    }

    public static Reply ok(Object value) {
        return json(200, value);
    }

    public static Reply bytes(String contentType, byte[] body) {
        return new Reply(200, contentType, body, null);
    }

    public static Reply text(String contentType, String body) {
        return bytes(contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
