package org.polynews.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.polynews.language.LanguageCode;

import java.util.List;
import java.util.Locale;

/**
 * Reads articles given as JSON: one object, an array of objects, or JSON Lines (one object a line).
 * Each object needs {@code text}; {@code title}, {@code url}, {@code published} and {@code language}
 * are optional, each a string; a {@code language} that is not an ISO 639-1 code is ignored (the language is then
 * detected). A bad line is reported with its line number and the others still go in.
 */
public final class JsonArticleParser {
    /** The fields read from an article object, each a string when given. */
    private static final List<String> STRING_FIELDS = List.of("text", "title", "url", "published", "language");

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
        for (String field : STRING_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                sink.skip(new SourceProblem(where, "\"" + field + "\" must be a string, not " + kind(value)));
                return;
            }
        }
        String text = textField(node, "text");
        if (text == null || text.isBlank()) {
            sink.skip(new SourceProblem(where, "missing or empty \"text\" field"));
            return;
        }
        // A language that is no ISO 639-1 code ("english", "xx-invented") is ignored and detected instead: it would
        // otherwise name an index field of its own
        SourceMetadata metadata = new SourceMetadata(
                textField(node, "title"), textField(node, "url"), textField(node, "published"),
                LanguageCode.of(textField(node, "language")).orElse(null));
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

    /** How a JSON value that is not a string reads in a message: "a number", "an object"… */
    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
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
