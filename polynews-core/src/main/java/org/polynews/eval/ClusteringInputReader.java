package org.polynews.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.source.JsonArticleParser;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;
import org.polynews.source.SourceSink;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the files of a clustering evaluation: the labelled articles (JSON Lines: {@code id, text}, optional
 * {@code title, published, language, event, storyline}) and the unlabelled articles mixed in among them
 * (JSON Lines of articles, or a SemEval pairs file whose texts are taken once each).
 */
public final class ClusteringInputReader {
    private final ObjectMapper json;

    public ClusteringInputReader(ObjectMapper json) {
        this.json = json;
    }

    /** Labelled articles and the lines that could not be used. */
    public record Gold(List<GoldArticle> articles, List<String> problems) {
        public Gold {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    /** Unlabelled documents and the lines that could not be used. */
    public record Mix(List<SourceDocument> documents, List<String> problems) {
        public Mix {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    public Gold gold(Path file) throws BenchmarkException {
        List<GoldArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        forEachObject(file, (where, node) -> {
            String id = text(node, "id");
            if (id == null) {
                problems.add(where + ": missing \"id\"");
                return;
            }
            if (!ids.add(id)) {
                problems.add(where + ": the id " + id + " is used twice");
                return;
            }
            JsonArticleParser.toDocument(id, node, new SourceSink() {
                @Override
                public void accept(SourceDocument document) {
                    articles.add(new GoldArticle(id, document, text(node, "event"), text(node, "storyline")));
                }

                @Override
                public void skip(SourceProblem problem) {
                    problems.add(where + ": " + problem.reason());
                }
            });
        }, problems);
        if (articles.isEmpty()) {
            throw new BenchmarkException(file + ": no labelled articles"
                    + (problems.isEmpty() ? " (expected one JSON object a line with id, text, event and/or storyline)" : "; first problem: " + problems.get(0)));
        }
        if (articles.stream().allMatch(a -> a.event() == null && a.storyline() == null)) {
            throw new BenchmarkException(file + ": no article has an \"event\" or \"storyline\" label");
        }
        return new Gold(articles, problems);
    }

    /** Articles to mix in: each line an article ({@code text}) or a judged pair ({@code text1}, {@code text2}). */
    public Mix mix(Path file) throws BenchmarkException {
        List<SourceDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        SourceSink sink = new SourceSink() {
            @Override
            public void accept(SourceDocument document) {
                if (texts.add(document.text())) {
                    documents.add(document);
                }
            }

            @Override
            public void skip(SourceProblem problem) {
                problems.add(problem.source() + ": " + problem.reason());
            }
        };
        // sources name the file by its absolute path, so a later --regroup finds them however the path is spelled
        String absolute = file.toAbsolutePath().normalize().toString();
        forEachObject(file, (where, node) -> {
            String source = absolute + where.substring(where.lastIndexOf('#'));
            if (node.has("text1") || node.has("text2")) {
                for (int side = 1; side <= 2; side++) {
                    String text = text(node, "text" + side);
                    if (text != null) {
                        sink.accept(SourceDocument.plainText(source + "/" + side, text));
                    }
                }
            } else {
                JsonArticleParser.toDocument(source, node, sink);
            }
        }, problems);
        if (documents.isEmpty()) {
            throw new BenchmarkException(file + ": no articles to mix in" + (problems.isEmpty() ? "" : "; first problem: " + problems.get(0)));
        }
        return new Mix(documents, problems);
    }

    private interface ObjectConsumer {
        void accept(String where, JsonNode node);
    }

    private void forEachObject(Path file, ObjectConsumer consumer, List<String> problems) throws BenchmarkException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + "#" + number;
                try {
                    JsonNode node = json.readTree(line);
                    if (node == null || !node.isObject()) {
                        problems.add(where + ": expected a JSON object");
                    } else {
                        consumer.accept(where, node);
                    }
                } catch (JsonProcessingException e) {
                    problems.add(where + ": broken JSON: " + e.getOriginalMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new BenchmarkException(file + ": no such file");
        } catch (IOException e) {
            throw new BenchmarkException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
