package org.polynews.extract;

import org.polynews.source.ContentFormat;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceMetadata;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The extraction stage: turns a {@link SourceDocument} into an {@link Article}, choosing the HTML or
 * scraped-text extractor by format. What the source itself states (JSON title, url, published) wins
 * over what extraction guesses; the day an archive captured the page only fills in a missing date.
 */
public final class ArticleExtractor {
    private final HtmlArticleExtractor html;
    private final ScrapedTextExtractor text;
    private final DateReader dates;

    public ArticleExtractor(HtmlArticleExtractor html, ScrapedTextExtractor text, DateReader dates) {
        this.html = html;
        this.text = text;
        this.dates = dates;
    }

    public Article extract(SourceDocument document) {
        SourceMetadata meta = document.metadata();
        Article found = document.format() == ContentFormat.HTML
                ? html.extract(document.source(), document.text(), meta.url())
                : text.extract(document.source(), document.text());
        String title = HtmlArticleExtractor.firstNonBlank(meta.title(), found.title());
        String url = HtmlArticleExtractor.firstNonBlank(meta.url(), found.url());
        String site = found.site() != null ? found.site() : (url == null ? null : ScrapedTextExtractor.host(url));
        LocalDate published = found.published();
        DateSource dateSource = found.dateSource();
        Optional<LocalDate> stated = dates.fromValue(meta.published());
        if (stated.isPresent()) {
            published = stated.get();
            dateSource = DateSource.METADATA;
        } else if (published == null) {
            Optional<LocalDate> fromUrl = dates.fromUrl(url);
            if (fromUrl.isPresent()) {
                published = fromUrl.get();
                dateSource = DateSource.URL;
            } else if (meta.captured() != null) {
                published = meta.captured();
                dateSource = DateSource.CAPTURED;
            }
        }
        var paragraphs = found.paragraphs();
        if (meta.title() != null && !paragraphs.isEmpty() && paragraphs.get(0).strip().equals(meta.title().strip())) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        return new Article(document.source(), url, site, title, found.author(), published, dateSource, paragraphs);
    }
}
