package org.polynews.extract;

import org.polynews.language.SentenceMarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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
    /**
     * Longest article text analysed: a long-read runs to some 60,000 characters; a text far beyond that is a book, a
     * dump or a hostile page, and analysing it would hold the ingest for many seconds. Extraction stops reading a page
     * soon after it, so such a page costs no more than an article of this length.
     */
    public static final int MAX_TEXT_CHARS = 250_000;
    /** Page text the extractors read: room for the longest article and three times as much in menus, boxes and comments. */
    static final int PAGE_TEXT_CHARS = 4 * MAX_TEXT_CHARS;

    public Article {
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(paragraphs);
        dateSource = published == null ? DateSource.NONE : Objects.requireNonNull(dateSource, "dateSource");
    }

    /** The same article with other paragraphs. */
    public Article withParagraphs(List<String> newParagraphs) {
        return new Article(source, url, site, title, author, published, dateSource, newParagraphs);
    }

    /** Body text, paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** Title and body: everything that describes the story. */
    public String fullText() {
        return title == null || title.isBlank() ? text() : title + "\n\n" + text();
    }

    /** Longest label made from an untitled article's first sentence. */
    public static final int LABEL_LENGTH = 90;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[" + SentenceMarks.END + "])\\s+|\\n");

    /** The title, or for an untitled article (scraped text, feeds) its first sentence, shortened at a word; null when it has no text. */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        // the first sentence ends in the first paragraph with text: at a sentence mark, a line break or its end
        String first = paragraphs.stream().filter(p -> !p.isBlank()).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        String sentence = SENTENCE_END.split(first.stripLeading(), 2)[0].strip();
        if (sentence.length() <= LABEL_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', LABEL_LENGTH - 1);
        return sentence.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH - 1).strip() + "…";
    }
}
