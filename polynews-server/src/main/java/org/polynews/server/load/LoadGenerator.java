package org.polynews.server.load;

import org.polynews.eval.Percentiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load on a running server: {@code clients} threads send {@code requests} requests in all, each
 * an ingest ({@code POST /api/articles}, one in {@code ingestEvery}) or a search ({@code GET /api/search}).
 * Searches use words from the titles the server already holds; ingests send its own articles back with a
 * new closing sentence, so each is a new article that must be analysed, stored and clustered.
 */
public final class LoadGenerator {
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final int SAMPLE_ARTICLES = 20;
    private static final int ERROR_SAMPLES = 5;

    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public LoadGenerator(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param base        the server, e.g. http://127.0.0.1:8080/
     * @param ingestEvery one request in this many is an ingest; 0 for searches only
     * @param token       sent with ingests when not null
     */
    public record Settings(URI base, int clients, int requests, int ingestEvery, String token, long seed) {
        public Settings {
            if (clients < 1 || requests < 1 || ingestEvery < 0) {
                throw new IllegalArgumentException("clients and requests must be at least 1, ingest-every at least 0");
            }
        }
    }

    public LoadReport run(Settings settings) throws IOException, InterruptedException {
        Material material = prepare(settings.base());
        List<List<Long>> latencies = List.of(Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()));
        AtomicInteger[] errors = {new AtomicInteger(), new AtomicInteger()};
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(settings.clients());
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < settings.clients(); c++) {
                Random random = new Random(settings.seed() + c);
                running.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < settings.requests(); i = next.getAndIncrement()) {
                        boolean ingest = settings.ingestEvery() > 0 && i % settings.ingestEvery() == 0;
                        HttpRequest request = ingest ? material.ingest(settings, i, random) : material.search(settings.base(), random);
                        int kind = ingest ? 0 : 1;
                        long t0 = System.nanoTime();
                        String failure = send(request);
                        latencies.get(kind).add(System.nanoTime() - t0);
                        if (failure != null) {
                            errors[kind].incrementAndGet();
                            if (samples.size() < ERROR_SAMPLES) {
                                samples.add(request.method() + " " + request.uri().getPath() + ": " + failure);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<LoadReport.Kind> kinds = new ArrayList<>();
        String[] names = {"ingest", "search"};
        int totalErrors = 0;
        for (int k = 0; k < 2; k++) {
            List<Long> times = new ArrayList<>(latencies.get(k));
            if (!times.isEmpty()) {
                Collections.sort(times);
                kinds.add(new LoadReport.Kind(names[k], times.size(), errors[k].get(), round(times.size() / seconds),
                        millis(Percentiles.nearestRank(times, 0.50)), millis(Percentiles.nearestRank(times, 0.99)), millis(times.get(times.size() - 1))));
            }
            totalErrors += errors[k].get();
        }
        return new LoadReport(settings.clients(), settings.requests(), totalErrors, round(seconds), round(settings.requests() / seconds),
                kinds, List.copyOf(samples));
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() / 100 == 2 ? null : response.statusCode() + " " + abbreviate(response.body());
        } catch (IOException e) {
            return "no answer: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Search words and article texts taken from the server itself. */
    private record Material(List<String> words, List<JsonNode> articles, ObjectMapper json) {
        HttpRequest search(URI base, Random random) {
            String q = words.get(random.nextInt(words.size())) + (random.nextBoolean() ? " " + words.get(random.nextInt(words.size())) : "");
            return HttpRequest.newBuilder(base.resolve("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=10"))
                    .timeout(Duration.ofSeconds(60)).GET().build();
        }

        HttpRequest ingest(Settings settings, int i, Random random) {
            JsonNode source = articles.get(random.nextInt(articles.size()));
            ObjectNode body = json.createObjectNode();
            body.put("title", source.path("title").asText("") + " (" + i + ")");
            List<String> paragraphs = new ArrayList<>();
            source.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            // a sentence of its own makes it a new article; mid-text, where no footer filter would take it for junk
            paragraphs.add(Math.min(1, paragraphs.size()), "In update number " + i + " of run " + settings.seed()
                    + ", the newsroom added that officials would give more details at a press conference on the following day.");
            body.put("text", String.join("\n\n", paragraphs));
            if (source.hasNonNull("published")) {
                body.put("published", source.get("published").asText());
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(settings.base().resolve("/api/articles?source=loadtest-" + i))
                    .timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
            if (settings.token() != null) {
                request.header("Authorization", "Bearer " + settings.token());
            }
            return request.build();
        }
    }

    private Material prepare(URI base) throws IOException, InterruptedException {
        JsonNode page = get(base.resolve("/api/articles?limit=200"));
        Set<String> words = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode a : page.path("items")) {
            ids.add(a.get("id").asText());
            Matcher m = WORD.matcher(a.path("title").asText(""));
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        if (ids.isEmpty() || words.isEmpty()) {
            throw new IllegalStateException(base + " holds no articles with titles to search for; ingest some first");
        }
        List<JsonNode> articles = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(SAMPLE_ARTICLES, ids.size()))) {
            articles.add(get(base.resolve("/api/articles/" + id)).path("article").path("article"));
        }
        return new Material(List.copyOf(words), articles, json);
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new IOException("cannot reach " + uri.resolve("/") + ": is polynews serve running there?", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return json.readTree(response.body());
    }
}
