package org.polynews.source;

import java.time.LocalDate;

/**
 * What a structured source (JSON, a web archive, a feed) says about an article. Every field may be null.
 * {@code published} is kept as written; the extraction stage parses it.
 *
 * @param captured the day an archive fetched the page (a WARC record's date): the article was published then or
 *                 before, so it stands in for a publication date only where the page and its URL give none
 */
public record SourceMetadata(String title, String url, String published, String language, LocalDate captured) {
    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);

    public SourceMetadata(String title, String url, String published, String language) {
        this(title, url, published, language, null);
    }
}
