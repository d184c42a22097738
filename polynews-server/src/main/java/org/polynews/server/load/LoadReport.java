package org.polynews.server.load;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * What a load run measured.
 *
 * @param errors       requests that failed (a non-2xx answer or no answer)
 * @param errorSamples the first few failures, as text
 */
public record LoadReport(int clients, int requests, int errors, double seconds,
                         @JsonProperty("requests_per_second") double requestsPerSecond,
                         List<Kind> kinds, @JsonProperty("error_samples") List<String> errorSamples) {

    /** Latencies of one kind of request, in milliseconds. */
    public record Kind(String name, int requests, int errors,
                       @JsonProperty("requests_per_second") double requestsPerSecond,
                       @JsonProperty("p50_ms") double p50, @JsonProperty("p99_ms") double p99, @JsonProperty("max_ms") double max) {
    }
}
