package org.polynews.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.polynews.language.LanguageCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * Reads news feeds (RSS 0.9x–2.0, RSS 1.0, Atom) with Rome: each entry that carries text (its full content, else its
 * summary) becomes a document, with the entry's title, link and date and the feed's language. Entries with only a title
 * and a link are passed over and counted. Rome refuses DOCTYPE declarations, so a feed cannot pull in outside entities.
 */
final class FeedReader {
    static final String NO_TEXT = "feed entries with a title and link but no text";

    /** @param shown the feed as the user named it; an entry is shown as {@code shown#N} (its place in the feed, from 1) */
    void read(String shown, byte[] bytes, SourceSink sink) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            sink.skip(new SourceProblem(shown, isSitemap(bytes)
                    ? "not an RSS or Atom feed but a sitemap, which lists pages without their text: fetch the pages (a WARC of them) and ingest those"
                    : "not an RSS or Atom feed: " + firstLine(e.getMessage())));
            return;
        }
        if (feed.getEntries().isEmpty()) {
            sink.skip(new SourceProblem(shown, "the feed holds no entries"));
            return;
        }
        String language = LanguageCode.of(feed.getLanguage()).orElse(null);
        int ordinal = 0;
        for (SyndEntry entry : feed.getEntries()) {
            ordinal++;
            String where = shown + "#" + ordinal;
            SyndContent content = entry.getContents().stream().filter(c -> hasText(c.getValue())).findFirst()
                    .orElse(entry.getDescription());
            if (content == null || !hasText(content.getValue())) {
                sink.passOver(where, NO_TEXT);
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            SourceMetadata metadata = new SourceMetadata(blankToNull(entry.getTitle()), blankToNull(entry.getLink()),
                    date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString(), language);
            String value = content.getValue();
            boolean html = isHtml(content.getType()) || (content.getType() == null && JsonArticleParser.looksLikeHtml(value));
            sink.accept(html
                    // a fragment: the page around it makes it the page's main content
                    ? new SourceDocument(where, "<html><body><article>" + value + "</article></body></html>", ContentFormat.HTML, metadata)
                    : new SourceDocument(where, value, ContentFormat.TEXT, metadata));
        }
    }

    private static boolean isSitemap(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        return head.contains("<urlset") || head.contains("<sitemapindex");
    }

    private static boolean isHtml(String type) {
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("html") || t.equals("xhtml") || t.contains("/html") || t.contains("xhtml");
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
