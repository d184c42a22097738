package org.polynews.source;

/**
 * What a structured source (JSON) says about an article. Every field may be null.
 * {@code published} is kept as written; the extraction stage parses it.
 */
public record SourceMetadata(String title, String url, String published, String language) {
    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);
}
