package org.polynews.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a benchmark folder — its index file and the list of pages it names — without reading the
 * pages themselves. Pages named in the index but missing from {@code html/} are reported, not skipped
 * silently, because they would flatter the score.
 */
public final class BenchmarkLoader {
    private final ObjectMapper json;

    public BenchmarkLoader(ObjectMapper json) {
        this.json = json;
    }

    /** The benchmark in {@code dir}, of the format its index file shows. */
    public Benchmark load(Path dir) throws BenchmarkException {
        if (!Files.isDirectory(dir)) {
            throw new BenchmarkException(dir + ": no such folder");
        }
        BenchmarkFormat format = BenchmarkFormat.detect(dir).orElseThrow(() -> new BenchmarkException(dir
                + ": not a benchmark folder (expected ground-truth.json, evaldata.json or eval.json next to html/)"));
        Path index = dir.resolve(format.indexFile());
        JsonNode root;
        try {
            root = json.readTree(index.toFile());
        } catch (JsonProcessingException e) {
            throw new BenchmarkException(index + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BenchmarkException(index + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BenchmarkException(index + ": expected a JSON object of pages");
        }
        List<BenchmarkPage> pages = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            JsonNode item = entry.getValue();
            String fileName = format == BenchmarkFormat.SCRAPINGHUB ? id + ".html" : text(item, "file");
            if (fileName == null) {
                throw new BenchmarkException(index + ": page \"" + id + "\" names no file");
            }
            Path file = pageFile(dir.resolve("html"), fileName);
            if (file == null) {
                missing.add(fileName);
                continue;
            }
            String url = format == BenchmarkFormat.SCRAPINGHUB ? text(item, "url") : (id.startsWith("http") ? id : text(item, "url"));
            pages.add(new BenchmarkPage(id, file, url, expectation(format, index, id, item)));
        }
        return new Benchmark(dir, format, pages, missing);
    }

    private static Path pageFile(Path htmlDir, String fileName) {
        for (Path candidate : List.of(htmlDir.resolve(fileName + ".gz"), htmlDir.resolve(fileName))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Expectation expectation(BenchmarkFormat format, Path index, String id, JsonNode item) throws BenchmarkException {
        switch (format) {
            case SCRAPINGHUB:
                return new ExpectedBody(text(item, "articleBody") == null ? "" : text(item, "articleBody"));
            case TRAFILATURA:
                return new ExpectedSnippets(strings(item.get("with")), strings(item.get("without")));
            default:
                String date = text(item, "date");
                try {
                    return new ExpectedDate(date == null || date.isBlank() ? null : LocalDate.parse(date.strip()));
                } catch (DateTimeParseException e) {
                    throw new BenchmarkException(index + ": page \"" + id + "\" has an unreadable date \"" + date + "\" (expected YYYY-MM-DD)");
                }
        }
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item == null ? null : item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank()) {
                    out.add(n.asText());
                }
            });
        }
        return out;
    }

    /** A loaded benchmark: its pages in index order, and the files its index names that are not there. */
    public record Benchmark(Path dir, BenchmarkFormat format, List<BenchmarkPage> pages, List<String> missingFiles) {
        public Benchmark {
            pages = List.copyOf(pages);
            missingFiles = List.copyOf(missingFiles);
        }
    }
}
