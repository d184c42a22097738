package org.polynews.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A news article as the extraction stage understood it: clean body paragraphs and what was found
 * about it. Every field but {@code source} and {@code paragraphs} may be null.
 *
 * @param source     where it came from, as the user gave it
 * @param url        the article's address, when the input shows it
 * @param site       the publishing site (name or host)
 * @param title      the headline
 * @param author     the byline, without "By"
 * @param published  publication date
 * @param dateSource where {@code published} came from
 * @param paragraphs the body, one entry a paragraph, boilerplate removed
 */
public record Article(String source, String url, String site, String title, String author,
                      LocalDate published, DateSource dateSource, List<String> paragraphs) {
    public Article {
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(paragraphs);
        dateSource = published == null ? DateSource.NONE : Objects.requireNonNull(dateSource, "dateSource");
    }

    /** Body text, paragraphs separated by a blank line. */
    /** The same article with other paragraphs. */
    public Article withParagraphs(List<String> newParagraphs) {
        return new Article(source, url, site, title, author, published, dateSource, newParagraphs);
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** Title and body: everything that describes the story. */
    public String fullText() {
        return title == null || title.isBlank() ? text() : title + "\n\n" + text();
    }
}
