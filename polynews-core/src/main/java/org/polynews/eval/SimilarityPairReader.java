package org.polynews.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.similarity.Dimension;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads judged pairs, one JSON object a line: {@code pair_id, lang1, lang2, text1, text2, scores{…}}.
 * A line that cannot be used is reported with its number and reason and the rest are still read; scores
 * outside 1–4 (a 5 means "no answer" in some releases) are left out of that dimension.
 */
public final class SimilarityPairReader {
    private final ObjectMapper json;

    public SimilarityPairReader(ObjectMapper json) {
        this.json = json;
    }

    /** The pairs and the lines that could not be read. */
    public record Pairs(List<SimilarityPair> pairs, List<String> problems) {
        public Pairs {
            pairs = List.copyOf(pairs);
            problems = List.copyOf(problems);
        }
    }

    public Pairs read(Path file) throws BenchmarkException {
        List<SimilarityPair> pairs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    pairs.add(pair(json.readTree(line), number));
                } catch (JsonProcessingException e) {
                    problems.add(file + "#" + number + ": broken JSON: " + e.getOriginalMessage());
                } catch (IllegalArgumentException e) {
                    problems.add(file + "#" + number + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new BenchmarkException(file + ": no such file");
        } catch (IOException e) {
            throw new BenchmarkException(file + ": cannot read: " + e.getMessage());
        }
        if (pairs.isEmpty()) {
            throw new BenchmarkException(file + ": no judged pairs"
                    + (problems.isEmpty() ? " (expected one JSON object a line with text1, text2 and scores)" : "; first problem: " + problems.get(0)));
        }
        return new Pairs(pairs, problems);
    }

    private static SimilarityPair pair(JsonNode node, int line) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String text1 = text(node, "text1");
        String text2 = text(node, "text2");
        if (text1 == null || text2 == null) {
            throw new IllegalArgumentException("text1 and text2 are required");
        }
        Map<Dimension, Double> judged = new EnumMap<>(Dimension.class);
        JsonNode scores = node.get("scores");
        if (scores != null && scores.isObject()) {
            for (Dimension d : Dimension.values()) {
                JsonNode v = scores.get(d.name().toLowerCase(Locale.ROOT));
                if (v != null && v.isNumber() && v.asDouble() >= 1 && v.asDouble() <= 4) {
                    judged.put(d, v.asDouble());
                }
            }
        }
        String id = text(node, "pair_id");
        return new SimilarityPair(id == null ? "line " + line : id, orUnknown(text(node, "lang1")), orUnknown(text(node, "lang2")),
                text1, text2, judged, line);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String orUnknown(String language) {
        return language == null ? "und" : language.strip().toLowerCase(Locale.ROOT);
    }
}
