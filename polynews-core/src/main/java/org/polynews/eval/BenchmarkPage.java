package org.polynews.eval;

import java.nio.file.Path;

/**
 * One page of a benchmark: its id in the index, the HTML file, the page's address when the benchmark
 * gives it (extractors may use it, as they would on the web), and what is expected of it.
 */
public record BenchmarkPage(String id, Path file, String url, Expectation expected) {
}
