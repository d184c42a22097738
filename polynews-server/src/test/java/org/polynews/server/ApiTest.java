package org.polynews.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP on loopback, with the example articles posted through it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    LoopbackServer http;
    Map<String, JsonNode> posted;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        http = new LoopbackServer(data, ServerSettings.loopback(0));
        posted = http.postExamples(null);
    }

    @AfterAll
    void stop() {
        http.close();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void postedArticlesComeBackWithTheirEventAndStoryline() throws Exception {
        JsonNode en = posted.get("cable-deal-en.txt");
        assertThat(en.get("added").asBoolean()).isTrue();
        // the same signing told in four languages is one event
        for (String other : List.of("cable-deal-ar.txt", "cable-deal-es.txt", "cable-deal-fr.txt")) {
            assertThat(posted.get(other).get("event").asText()).as(other).isEqualTo(en.get("event").asText());
        }
        LoopbackServer.Answer article = http.get("/api/articles/" + en.get("id").asText());
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.json().at("/article/article/title").asText()).isEqualTo("Morocco and Spain sign deal for undersea power cable");
        assertThat(article.json().get("event").asText()).isEqualTo(en.get("event").asText());
        assertThat(article.json().get("storyline").asText()).isEqualTo(en.get("storyline").asText());

        LoopbackServer.Answer again = http.post("/api/articles", "text/plain", java.nio.file.Files.readAllBytes(LoopbackServer.EXAMPLES.resolve("cable-deal-en.txt")), null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void eventPageDataSharesPlacesAcrossScripts() throws Exception {
        String event = posted.get("cable-deal-en.txt").get("event").asText();
        JsonNode e = http.get("/api/events/" + event).json();
        assertThat(e.at("/event/article_count").asInt()).isEqualTo(4);
        assertThat(e.at("/event/articles_by_language").fieldNames()).toIterable().containsExactlyInAnyOrder("ar", "en", "es", "fr");
        JsonNode morocco = null;
        for (JsonNode p : e.get("shared_places")) {
            if (p.get("name").asText().equals("Morocco")) {
                morocco = p;
            }
        }
        assertThat(morocco).isNotNull();
        assertThat(morocco.get("articles").asInt()).isEqualTo(4);
        assertThat(morocco.get("written").toString()).contains("المغرب").contains("Marruecos");
        assertThat(e.get("articles")).allSatisfy(a -> assertThat(a.get("lead").asText()).isNotBlank());
    }

    @Test
    void anEventThatContinuesAStorylineSaysWhy() throws Exception {
        // construction of the cable continues the signing's storyline: they share the names, places and words of the deal
        String work = posted.get("cable-work-en.txt").get("event").asText();
        String deal = posted.get("cable-deal-en.txt").get("event").asText();
        JsonNode withLink = null;
        for (String event : List.of(work, deal)) {
            JsonNode e = http.get("/api/events/" + event).json().get("event");
            if (!e.get("storyline_link").isNull()) {
                withLink = e;
            }
        }
        assertThat(withLink).as("one of the two events joined the other's storyline").isNotNull();
        JsonNode link = withLink.get("storyline_link");
        assertThat(link.get("storyline").asText()).isEqualTo(withLink.get("storyline").asText());
        assertThat(link.get("score").asDouble()).isPositive();
        assertThat(link.get("places").toString()).contains("Morocco", "Spain");
    }

    @Test
    void listingsFilterByLanguageAndDateAndPage() throws Exception {
        JsonNode all = http.get("/api/events?limit=500").json();
        int total = all.get("total").asInt();
        assertThat(total).isGreaterThan(3);
        JsonNode persian = http.get("/api/events?language=fa").json();
        assertThat(persian.get("total").asInt()).isBetween(1, total - 1);
        for (JsonNode e : persian.get("items")) {
            assertThat(e.get("languages").toString()).contains("\"fa\"");
        }
        JsonNode early = http.get("/api/articles?to=2025-09-30&limit=500").json();
        assertThat(early.get("items")).isNotEmpty().allSatisfy(a -> assertThat(a.get("published").asText()).isLessThanOrEqualTo("2025-09-30"));

        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < total; offset += 2) {
            JsonNode page = http.get("/api/events?limit=2&offset=" + offset).json();
            assertThat(page.get("total").asInt()).isEqualTo(total);
            page.get("items").forEach(e -> seen.add(e.get("id").asText()));
        }
        assertThat(seen).hasSize(total);

        LoopbackServer.Answer storylines = http.get("/api/storylines");
        String storyline = storylines.json().at("/items/0/id").asText();
        JsonNode line = http.get("/api/storylines/" + storyline).json();
        List<String> dates = new ArrayList<>();
        line.get("events").forEach(e -> dates.add(e.get("first_published").asText()));
        assertThat(dates).isSorted();
        assertThat(http.get("/api/events?storyline=" + storyline).json().get("total").asInt()).isEqualTo(line.get("events").size());
    }

    @Test
    void storylinesAndEventsAreTitledInTheReadersLanguage() throws Exception {
        String storyline = posted.get("danube-flood-de.txt").get("storyline").asText();
        String event = posted.get("danube-flood-de.txt").get("event").asText();
        String german = http.get("/api/storylines/" + storyline + "?lang=de").json().at("/storyline/title").asText();
        String english = http.get("/api/storylines/" + storyline + "?lang=EN").json().at("/storyline/title").asText();
        assertThat(german).startsWith("Donau");
        assertThat(english).doesNotContain("Donau").isNotEqualTo(german);
        assertThat(http.get("/api/events/" + event + "?lang=de").json().at("/event/title").asText()).startsWith("Donau");
        JsonNode listed = http.get("/api/storylines?lang=de&language=de").json().get("items");
        assertThat(listed.findValuesAsText("title")).anySatisfy(t -> assertThat(t).startsWith("Donau"));
        // a language no article has a title in leaves the titles as they are
        assertThat(http.get("/api/storylines/" + storyline + "?lang=ja").json().at("/storyline/title").asText())
                .isEqualTo(http.get("/api/storylines/" + storyline).json().at("/storyline/title").asText());
        LoopbackServer.Answer bad = http.get("/api/storylines?lang=german");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("lang").contains("german");
    }

    @Test
    void storylinesAndEventsTellTheirCoverage() throws Exception {
        String storyline = posted.get("danube-flood-de.txt").get("storyline").asText();
        String event = posted.get("danube-flood-de.txt").get("event").asText();
        JsonNode line = http.get("/api/storylines/" + storyline).json().at("/storyline");
        JsonNode coverage = line.get("coverage");
        assertThat(coverage.get("articles").asInt()).isEqualTo(line.get("article_count").asInt());
        assertThat(coverage.get("independent_sources").asInt()).isBetween(1, coverage.get("articles").asInt());
        assertThat(coverage.get("languages").get("de").asInt()).isPositive();
        assertThat(coverage.at("/first_report/published").asText()).isEqualTo(line.get("first_published").asText());
        assertThat(coverage.get("spread").asText()).startsWith("first ");
        for (JsonNode followUp : coverage.get("follow_ups")) {
            assertThat(followUp.get("days_after").asLong()).isNotNegative();
        }
        JsonNode cities = http.get("/api/events/" + event).json().get("map_cities");
        assertThat(cities).as("Budapest, where the Danube flooded, as a dot on the map").anySatisfy(c -> {
            assertThat(c.get("id").asText()).isEqualTo("HU/Budapest");
            assertThat(c.get("latitude").asDouble()).isBetween(47.0, 48.0);
            assertThat(c.get("longitude").asDouble()).isBetween(18.5, 19.5);
            assertThat(c.get("articles").asInt()).isGreaterThanOrEqualTo(3);
        });
        JsonNode eventCoverage = http.get("/api/events/" + event).json().at("/event/coverage");
        assertThat(eventCoverage.get("articles").asInt()).isEqualTo(http.get("/api/events/" + event).json().at("/event/article_count").asInt());
        assertThat(http.get("/api/storylines").json().at("/items/0/coverage/sites").asInt()).isPositive();
    }

    @Test
    void listingsRankByCoverageOrRecencyAndKeepThoseWithEnoughSources() throws Exception {
        for (String listing : List.of("/api/storylines", "/api/events")) {
            JsonNode ranked = http.get(listing + "?limit=500").json().get("items");
            List<String> days = new ArrayList<>();
            ranked.forEach(i -> { if (!i.get("last_published").isNull()) days.add(i.get("last_published").asText()); });
            java.time.LocalDate newest = java.time.LocalDate.parse(days.stream().max(String::compareTo).orElseThrow());
            List<Double> scores = new ArrayList<>(); // independent sources, halved every 30 days before the newest (undated: once)
            for (JsonNode i : ranked) {
                double age = i.get("last_published").isNull() ? 30
                        : java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(i.get("last_published").asText()), newest);
                scores.add(i.at("/coverage/independent_sources").asInt() * Math.pow(0.5, age / 30.0));
            }
            assertThat(scores).as(listing + " by coverage").isSortedAccordingTo(java.util.Comparator.reverseOrder());

            JsonNode recent = http.get(listing + "?sort=recent&limit=500").json().get("items");
            List<String> dates = new ArrayList<>();
            recent.forEach(i -> { if (!i.get("last_published").isNull()) dates.add(i.get("last_published").asText()); });
            assertThat(dates).as(listing + " newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

            JsonNode wellCovered = http.get(listing + "?min_sources=3&limit=500").json();
            assertThat(wellCovered.get("total").asInt()).isPositive().isLessThan(ranked.size());
            wellCovered.get("items").forEach(i -> assertThat(i.at("/coverage/independent_sources").asInt()).isGreaterThanOrEqualTo(3));
        }
        LoopbackServer.Answer bad = http.get("/api/events?sort=loudest");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("sort").contains("loudest");
    }

    @Test
    void badParametersAreNamed() throws Exception {
        LoopbackServer.Answer badDate = http.get("/api/events?from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("error").asText()).contains("from").contains("yesterday");
        assertThat(http.get("/api/events?limit=0").json().get("error").asText()).contains("limit");
        assertThat(http.get("/api/articles?from=2026-01-02&to=2026-01-01").status()).isEqualTo(400);
        assertThat(http.get("/api/search").json().get("error").asText()).contains("'q'");
        LoopbackServer.Answer unknown = http.get("/api/events/e000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).contains("e000000000000");
        assertThat(http.get("/api/nothing").status()).isEqualTo(404);
        LoopbackServer.Answer longId = http.get("/api/articles/a" + "0".repeat(5000));
        assertThat(longId.status()).isEqualTo(404);
        assertThat(longId.json().get("error").asText()).doesNotContain("automaton");
        LoopbackServer.Answer wrongMethod = http.post("/api/events", "application/json", "{}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("error").asText()).contains("GET");
    }

    @Test
    void searchFindsOneStoryInSeveralLanguages() throws Exception {
        JsonNode hits = http.get("/api/search?q=" + q("Tehran smog") + "&limit=20").json().get("hits");
        Set<String> languages = new HashSet<>();
        hits.forEach(h -> languages.add(h.get("language").asText()));
        assertThat(languages).contains("en", "fa");
        assertThat(hits.get(0).get("snippet").asText()).isNotBlank();
        JsonNode arabicOnly = http.get("/api/search?q=" + q("Tehran") + "&language=ar").json().get("hits");
        assertThat(arabicOnly).isNotEmpty().allSatisfy(h -> assertThat(h.get("language").asText()).isEqualTo("ar"));
    }

    @Test
    void searchRefusesAnOverlongQueryWithItsReasonAndInventedLanguagesCannotBreakIt() throws Exception {
        LoopbackServer.Answer tooLong = http.get("/api/search?q=" + q("smog ".repeat(3000)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").asText()).contains("3000 words").contains("at most 24");

        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            batch.append("{\"text\": \"Volunteers planted ").append(i + 3).append(" oak trees along the river bank in Ghent on Saturday.\", ")
                    .append("\"language\": \"zz-invented-").append(i).append("\"}\n");
        }
        LoopbackServer.Answer upload = http.post("/api/articles?source=trees.jsonl", "application/x-ndjson", batch.toString().getBytes(StandardCharsets.UTF_8), null);
        assertThat(upload.status()).isEqualTo(201);
        LoopbackServer.Answer search = http.get("/api/search?q=" + q("oak trees Ghent"));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("hits")).isNotEmpty().allSatisfy(h -> assertThat(h.get("language").asText()).isEqualTo("en"));
    }

    @Test
    void compareGivesSevenScoresAndWhatBothTextsShare() throws Exception {
        String en = posted.get("tehran-smog-en.txt").get("id").asText();
        String fa = posted.get("tehran-smog-fa.txt").get("id").asText();
        JsonNode c = http.get("/api/compare?a=" + en + "&b=" + fa.substring(0, 8)).json();
        assertThat(c.at("/comparison/dimensions")).hasSize(7).allSatisfy(d -> assertThat(d.get("score").asDouble()).isBetween(1.0, 4.0));
        assertThat(c.at("/b/language").asText()).isEqualTo("fa");
        JsonNode places = c.at("/comparison/shared/places");
        assertThat(places.toString()).contains("\"in_first\":\"Tehran\"").contains("تهران");
        assertThat(http.get("/api/compare?a=" + en + "&b=zzzz").status()).isEqualTo(404);
    }

    @Test
    void brokenUploadsAreRefusedAndHarmNothing() throws Exception {
        int before = http.get("/api/health").json().get("articles").asInt();
        LoopbackServer.Answer broken = http.post("/api/articles?source=feed.json", "application/json", "{\"title\": \"half".getBytes(StandardCharsets.UTF_8), null);
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().get("error").asText()).contains("feed.json").contains("broken JSON");
        LoopbackServer.Answer pdf = http.post("/api/articles", "application/pdf", new byte[] {37, 80, 68, 70}, null);
        assertThat(pdf.status()).isEqualTo(415);
        assertThat(pdf.json().get("error").asText()).contains("application/pdf");
        String batch = """
                {"title": "Ferry service resumes on Lake Constance", "text": "The ferry between Konstanz and Meersburg resumed service on Monday after a week of storms, the operator said."}
                not json at all
                """;
        LoopbackServer.Answer mixed = http.post("/api/articles?source=batch.jsonl", "application/x-ndjson", batch.getBytes(StandardCharsets.UTF_8), null);
        assertThat(mixed.status()).isEqualTo(201);
        assertThat(mixed.json().get("added").asInt()).isEqualTo(1);
        assertThat(mixed.json().at("/problems/0/source").asText()).isEqualTo("batch.jsonl#2");
        assertThat(http.get("/api/health").json().get("articles").asInt()).isEqualTo(before + 1);
    }

    @Test
    void metricsAndApiDescriptionAreServed() throws Exception {
        LoopbackServer.Answer metrics = http.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).contains("polynews_articles_stored ").contains("polynews_articles_ingested_total ")
                .contains("polynews_http_request_duration_seconds_bucket{method=\"POST\",route=\"/api/articles\"");
        JsonNode openapi = http.get("/openapi.json").json();
        assertThat(openapi.get("openapi").asText()).startsWith("3.");
        for (String path : List.of("/api/articles", "/api/articles/{id}", "/api/events", "/api/events/{id}", "/api/storylines",
                "/api/storylines/{id}", "/api/report", "/api/stories", "/api/search", "/api/compare", "/api/health", "/metrics")) {
            assertThat(openapi.get("paths").has(path)).as(path).isTrue();
        }
        LoopbackServer.Answer page = http.get("/");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"/app.js\">");
        assertThat(http.get("/app.js").status()).isEqualTo(200);
        LoopbackServer.Answer traversal = http.get("/..%2Fapp.js");
        assertThat(traversal.status()).isIn(400, 404);
        assertThat(traversal.json().get("status").asInt()).isEqualTo(traversal.status());
        String badEscape = http.raw("/api/articles/%zz");
        assertThat(badEscape).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json")
                .contains("\"status\":400").doesNotContain("Exception").doesNotContain("<html");
    }

    @Test
    void requestsForInventedNamesAndMethodsLeaveNoTraceInMemoryOrMetrics() throws Exception {
        // one of each kind first, so that every series the loop can touch exists already
        for (int i = 0; i < 3; i++) {
            http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/health")).method("INVENTED" + i, java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            http.get("/missing-" + i + ".js");
            http.get("/metrics");
        }
        int lines = http.get("/metrics").body().split("\n").length;
        for (int i = 3; i < 60; i++) {
            LoopbackServer.Answer invented = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/health"))
                    .method("INVENTED" + i, java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(invented.status()).isEqualTo(405);
            assertThat(http.get("/missing-" + i + ".js").status()).isEqualTo(404);
        }
        assertThat(http.get("/metrics").body().split("\n").length).as("metric lines").isEqualTo(lines);
        assertThat(http.get("/metrics").body()).contains("method=\"other\"").doesNotContain("INVENTED");
    }
}
