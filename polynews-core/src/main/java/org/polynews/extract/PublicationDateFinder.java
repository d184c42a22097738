package org.polynews.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds when a web page was published, trying the most reliable evidence first: a full date in the
 * page's address (news sites put the publication day there and rarely change it), JSON-LD
 * {@code datePublished}, publication meta tags, {@code <time>} elements, elements whose class names a
 * date, and finally the first date written near the headline. Modification dates are passed over:
 * the publication date is what tells two reports of an event apart.
 */
public final class PublicationDateFinder {
    private static final String[] DATE_META = {
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.created", "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
            "og:pubdate", "cxenseparse:recs:publishtime", "date_published", "article_date_original", "originalpublicationdate",
            "release_date", "created", "citation_publication_date", "citation_date", "prism.publicationdate", "dc.created"};
    private static final String DATE_ELEMENTS = "time, abbr[title], [class*=date], [class*=Date], [id*=date], [class*=time], "
            + "[class*=publish], [class*=posted], [class*=byline], [class*=meta], [class*=info], [itemprop*=date], [class*=datum]";
    private static final Pattern NOT_PUBLICATION = Pattern.compile("modif|update|comment|reply|sidebar|footer|widget|archive|calendar",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_DATE_ELEMENTS = 60;
    private static final int BLOCKS_AFTER_HEADLINE = 15;
    private static final int EARLIEST_YEAR = 1990;

    private final DateReader dates;
    private final DateMentionFinder finder;
    private final Clock clock;

    /** @param clock today's date, past which no page can have been published */
    public PublicationDateFinder(DateReader dates, DateMentionFinder finder, Clock clock) {
        this.dates = dates;
        this.finder = finder;
        this.clock = clock;
    }

    PublishedDate find(Document doc, Map<String, String> meta, JsonLd jsonLd, String url, List<TextBlock> blocks) {
        Optional<LocalDate> date = plausible(dates.fromUrl(url));
        if (date.isPresent()) {
            return new PublishedDate(date.get(), DateSource.URL);
        }
        for (String field : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
            date = plausible(dates.fromValue(jsonLd.text(field, null)));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.JSON_LD);
            }
        }
        for (String key : DATE_META) {
            date = plausible(dates.fromValue(meta.get(key)));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.META_TAG);
            }
        }
        int examined = 0;
        for (Element e : doc.select(DATE_ELEMENTS)) {
            if (++examined > MAX_DATE_ELEMENTS) {
                break;
            }
            if (!isAboutPublication(e)) {
                continue;
            }
            String machine = HtmlArticleExtractor.firstNonBlank(e.attr("datetime"), e.attr("content"), e.normalName().equals("abbr") ? e.attr("title") : null);
            date = plausible(dates.fromValue(machine));
            if (date.isEmpty() && BoilerplateLines.wordCount(e.text()) <= 25) {
                date = plausible(dates.fromValue(e.text()));
            }
            if (date.isPresent()) {
                return new PublishedDate(date.get(), machine != null && date.equals(plausible(dates.fromValue(machine))) ? DateSource.META_TAG : DateSource.TEXT);
            }
        }
        return nearHeadline(blocks);
    }

    /** The first full date in the blocks that follow the headline (or open the page when it has none). */
    private PublishedDate nearHeadline(List<TextBlock> blocks) {
        int start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).element().normalName().equals("h1")) {
                start = Math.max(0, i - 3);
                break;
            }
        }
        for (int i = start; i < Math.min(blocks.size(), start + BLOCKS_AFTER_HEADLINE); i++) {
            String text = blocks.get(i).text();
            if (BoilerplateLines.wordCount(text) > 40) {
                continue;
            }
            for (DateMention m : finder.find(text, null)) {
                if (m.yearWritten() && m.isDay() && plausible(Optional.ofNullable(m.date())).isPresent()) {
                    return new PublishedDate(m.date(), DateSource.TEXT);
                }
            }
        }
        return PublishedDate.NONE;
    }

    private static boolean isAboutPublication(Element e) {
        for (Element x = e; x != null && !x.normalName().equals("body"); x = x.parent()) {
            if (NOT_PUBLICATION.matcher(x.className() + " " + x.id() + " " + x.attr("itemprop")).find()) {
                return false;
            }
        }
        return true;
    }

    /** Dates before the web's news era or after tomorrow are misreadings (a two-digit year, a future event). */
    private Optional<LocalDate> plausible(Optional<LocalDate> date) {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        return date.filter(d -> d.getYear() >= EARLIEST_YEAR && !d.isAfter(tomorrow));
    }
}
