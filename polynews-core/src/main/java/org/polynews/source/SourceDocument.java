package org.polynews.source;

import java.util.Objects;

/**
 * One article as read from its source, before extraction: decoded text plus what the source
 * itself says about it (JSON fields). Nothing here has been cleaned yet.
 *
 * @param source   where it came from, as the user gave it ({@code path}, {@code path#line} for JSON Lines, {@code -} for stdin)
 * @param text     the decoded content: an HTML page or scraped plain text
 * @param format   how {@link #text} is to be read
 * @param metadata fields the source supplied (JSON input); {@link SourceMetadata#NONE} otherwise
 */
public record SourceDocument(String source, String text, ContentFormat format, SourceMetadata metadata) {
    public SourceDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        metadata = metadata == null ? SourceMetadata.NONE : metadata;
    }

    public static SourceDocument plainText(String source, String text) {
        return new SourceDocument(source, text, ContentFormat.TEXT, SourceMetadata.NONE);
    }

    public static SourceDocument html(String source, String html) {
        return new SourceDocument(source, html, ContentFormat.HTML, SourceMetadata.NONE);
    }
}
