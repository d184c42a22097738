package org.polynews.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * What {@code GET /metrics} shows, in Prometheus' text format: articles stored and ingested (their rate is
 * the ingest rate), requests by route and status, and request latencies by route. One registry per server.
 */
public final class ServerMetrics {
    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter ingested;
    private final Counter rejected;
    private final Counter requests;
    private final Histogram latency;

    /** The HTTP methods counted by name; any other is counted as "other". */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    public ServerMetrics(IntSupplier storedArticles) {
        GaugeWithCallback.builder()
                .name("polynews_articles_stored").help("Articles in the store")
                .callback(cb -> cb.call(storedArticles.getAsInt()))
                .register(registry);
        ingested = Counter.builder()
                .name("polynews_articles_ingested_total").help("Articles added through the API (rate() gives the ingest rate)")
                .register(registry);
        rejected = Counter.builder()
                .name("polynews_ingest_problems_total").help("Uploaded documents that could not be ingested")
                .register(registry);
        requests = Counter.builder()
                .name("polynews_http_requests_total").help("HTTP requests by route and status")
                .labelNames("method", "route", "status")
                .register(registry);
        latency = Histogram.builder()
                .name("polynews_http_request_duration_seconds").help("Time to answer a request, by route")
                .labelNames("method", "route")
                .classicOnly()
                .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
                .register(registry);
    }

    public void request(String method, String route, int status, double seconds) {
        // labels from fixed sets only: a series per method a client invents would grow without end
        String known = METHODS.contains(method) ? method : "other";
        requests.labelValues(known, route, Integer.toString(status)).inc();
        latency.labelValues(known, route).observe(seconds);
    }

    public void ingested(int added, int problems) {
        ingested.inc(added);
        rejected.inc(problems);
    }

    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PrometheusTextFormatWriter(false).write(out, registry.scrape());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write metrics to memory", e);
        }
        return out.toByteArray();
    }
}
