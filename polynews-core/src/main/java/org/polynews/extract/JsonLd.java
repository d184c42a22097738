package org.polynews.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's JSON-LD metadata: every object of its {@code application/ld+json} scripts (arrays and
 * {@code @graph}s flattened), plus the raw text of scripts that are not valid JSON — common on real
 * pages — so that a field can still be read from them.
 */
record JsonLd(List<JsonNode> nodes, List<String> broken) {
    JsonLd {
        nodes = List.copyOf(nodes);
        broken = List.copyOf(broken);
    }

    static JsonLd read(Document doc, ObjectMapper mapper) {
        List<JsonNode> nodes = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(mapper.readTree(script.data()), nodes);
            } catch (Exception e) {
                broken.add(script.data());
            }
        }
        return new JsonLd(nodes, broken);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            if (node.has("@graph")) {
                collect(node.get("@graph"), out);
            }
        }
    }

    /** The first non-blank text of {@code field} (or of its {@code subField} when it is an object), else null. */
    String text(String field, String subField) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(field);
            if (value == null) {
                continue;
            }
            if (value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (subField != null && value.isObject()) {
                value = value.get(subField);
            }
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        if (subField == null) {
            Pattern pattern = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]+)\"");
            for (String script : broken) {
                Matcher m = pattern.matcher(script);
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }
}
