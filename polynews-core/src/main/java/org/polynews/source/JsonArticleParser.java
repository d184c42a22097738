package org.polynews.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Locale;

/**
 * Reads articles given as JSON: one object, an array of objects, or JSON Lines (one object a line).
 * Each object needs {@code text}; {@code title}, {@code url}, {@code published} and {@code language}
 * are optional. A bad line is reported with its line number and the others still go in.
 */
public final class JsonArticleParser {
    private final ObjectMapper mapper;

    public JsonArticleParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void parse(String source, String content, SourceSink sink) {
        String trimmed = content.strip();
        if (trimmed.isEmpty()) {
            sink.skip(new SourceProblem(source, "empty file"));
            return;
        }
        if (trimmed.startsWith("[") || !looksLikeJsonLines(trimmed)) {
            parseWhole(source, trimmed, sink);
        } else {
            parseLines(source, content, sink);
        }
    }

    private static boolean looksLikeJsonLines(String trimmed) {
        int newline = trimmed.indexOf('\n');
        return newline > 0 && trimmed.substring(0, newline).strip().endsWith("}");
    }

    private void parseWhole(String source, String content, SourceSink sink) {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            sink.skip(new SourceProblem(source, "broken JSON: " + describe(e)));
            return;
        }
        if (root != null && root.isArray()) {
            int index = 0;
            for (JsonNode item : root) {
                toDocument(source + "#" + (++index), item, sink);
            }
            if (index == 0) {
                sink.skip(new SourceProblem(source, "empty JSON array: no articles"));
            }
        } else {
            toDocument(source, root, sink);
        }
    }

    private void parseLines(String source, String content, SourceSink sink) {
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + "#" + (i + 1);
            try {
                toDocument(where, mapper.readTree(line), sink);
            } catch (JsonProcessingException e) {
                sink.skip(new SourceProblem(where, "broken JSON: " + describe(e)));
            }
        }
    }

    /** One JSON object as an article document (to {@code sink}), or the reason it is not one; {@code where} names it. */
    public static void toDocument(String where, JsonNode node, SourceSink sink) {
        if (node == null || !node.isObject()) {
            sink.skip(new SourceProblem(where, "expected a JSON object with a \"text\" field"));
            return;
        }
        String text = textField(node, "text");
        if (text == null || text.isBlank()) {
            sink.skip(new SourceProblem(where, "missing or empty \"text\" field"));
            return;
        }
        SourceMetadata metadata = new SourceMetadata(
                textField(node, "title"), textField(node, "url"), textField(node, "published"),
                lower(textField(node, "language")));
        ContentFormat format = looksLikeHtml(text) ? ContentFormat.HTML : ContentFormat.TEXT;
        sink.accept(new SourceDocument(where, text, format, metadata));
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || (head.contains("<p>") && head.contains("</p>"));
    }

    private static String textField(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e.getLocation() != null) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    /** Whether the content starts like JSON (used to sniff standard input). */
    static boolean looksLikeJson(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

}
