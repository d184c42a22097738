package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;
import org.polynews.server.PolynewsServer;
import org.polynews.server.ServerSettings;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polynews.cli.CliTest.run;

/** Every command's JSON and every API route's answer: snake_case keys, the same order each time, lower-case values of fixed sets. */
class JsonStyleTest {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    /** Objects keyed by data (ids, language and country codes), not by field names. */
    private static final Set<String> KEYED_BY_DATA = Set.of("countries", "languages", "language_shares", "merged_storylines",
            "merged_events", "titles");
    private static final Set<String> DIMENSIONS = Set.of("geography", "entities", "time", "narrative", "overall", "style", "tone");
    private final ObjectMapper json = Polynews.jsonMapper();

    @Test
    void commandsAndRoutesWriteSnakeCaseKeysInAStableOrder(@TempDir Path data) throws Exception {
        assertThat(run("ingest", "--data", data.toString(), Path.of("..", "examples", "articles").toString()).exit()).isZero();
        JsonNode search = json(run("search", "Danube", "--data", data.toString(), "--format", "json"));
        String a = search.at("/hits/0/id").asText();
        String b = search.at("/hits/1/id").asText();
        Map<String, JsonNode> outputs = new java.util.LinkedHashMap<>();
        outputs.put("search", search);
        outputs.put("stories", json(run("stories", "--data", data.toString(), "--format", "json")));
        outputs.put("show", json(run("show", a, "--data", data.toString(), "--format", "json")));
        JsonNode compare = json(run("compare", a, b, "--data", data.toString(), "--format", "json"));
        outputs.put("compare", compare);
        outputs.put("extract", json(run("extract", Path.of("..", "examples", "articles", "danube-aid-en.html").toString(), "--format", "json")));

        String event = outputs.get("stories").at("/events/0/id").asText();
        String storyline = outputs.get("stories").at("/storylines/0/id").asText();
        try (Polynews polynews = Polynews.open(data);
             PolynewsServer server = new PolynewsServer(polynews, ServerSettings.loopback(0), new PrintStream(System.err, true, StandardCharsets.UTF_8)).start()) {
            for (String route : List.of("/api/storylines", "/api/storylines/" + storyline, "/api/events", "/api/events/" + event,
                    "/api/articles", "/api/articles/" + a, "/api/search?q=Danube", "/api/compare?a=" + a + "&b=" + b, "/api/health", "/api/report",
                    "/api/events/e000000000000")) {
                String first = get(server.uri().resolve(route));
                String again = get(server.uri().resolve(route));
                // the same keys in the same order, and the same values but the clock's (a second may pass between the two)
                assertThat(again.replaceAll("\"uptime_seconds\":\\d+", "")).as(route + " answers the same twice")
                        .isEqualTo(first.replaceAll("\"uptime_seconds\":\\d+", ""));
                outputs.put(route, json.readTree(first));
            }
        }

        List<String> wrong = new ArrayList<>();
        outputs.forEach((where, node) -> walk(where, "", node, wrong));
        assertThat(wrong).as("keys that are not snake_case").isEmpty();
        List<String> dimensions = new ArrayList<>();
        compare.get("dimensions").forEach(d -> dimensions.add(d.get("dimension").asText()));
        assertThat(dimensions).containsExactlyInAnyOrderElementsOf(DIMENSIONS);
        assertThat(outputs.get("show").at("/article").has("terms")).as("no internal stem table in show").isFalse();
        assertThat(outputs.get("show").at("/article/article/date_source").asText()).as("enum values lower case").matches(SNAKE_CASE);
    }

    private JsonNode json(CliTest.Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return json.readTree(run.out());
    }

    private static String get(URI uri) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void walk(String where, String path, JsonNode node, List<String> wrong) {
        if (node.isArray()) {
            node.forEach(element -> walk(where, path + "[]", element, wrong));
        } else if (node.isObject()) {
            boolean keyedByData = KEYED_BY_DATA.contains(path.substring(path.lastIndexOf('.') + 1));
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!keyedByData && !SNAKE_CASE.matcher(field.getKey()).matches()) {
                    wrong.add(where + ": " + path + "." + field.getKey());
                }
                walk(where, path + "." + (keyedByData ? "*" : field.getKey()), field.getValue(), wrong);
            }
        }
    }
}
