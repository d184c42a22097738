package org.polynews.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The public benchmark layouts polynews can score itself on, each recognised by its index file next to
 * an {@code html/} folder of (usually gzipped) pages.
 */
public enum BenchmarkFormat {
    /** scrapinghub/article-extraction-benchmark: whole article bodies, scored by 4-token shingles. */
    SCRAPINGHUB("ground-truth.json", "article bodies (scrapinghub)", true),
    /** trafilatura's evaldata: snippets the body must and must not contain. */
    TRAFILATURA("evaldata.json", "body snippets (trafilatura)", false),
    /** htmldate's evaluation set: the publication day of each page. */
    HTMLDATE("eval.json", "publication dates (htmldate)", false);

    private final String indexFile;
    private final String description;
    private final boolean averagedOverPages;

    BenchmarkFormat(String indexFile, String description, boolean averagedOverPages) {
        this.indexFile = indexFile;
        this.description = description;
        this.averagedOverPages = averagedOverPages;
    }

    public String indexFile() {
        return indexFile;
    }

    public String description() {
        return description;
    }

    /**
     * Whether precision and recall are means of per-page values (scrapinghub) rather than computed
     * from counts summed over all pages (trafilatura, htmldate).
     */
    public boolean averagedOverPages() {
        return averagedOverPages;
    }

    public boolean isDateBenchmark() {
        return this == HTMLDATE;
    }

    /** The format whose index file is in {@code dir}, if any. */
    public static Optional<BenchmarkFormat> detect(Path dir) {
        return Arrays.stream(values()).filter(f -> Files.isRegularFile(dir.resolve(f.indexFile))).findFirst();
    }
}
