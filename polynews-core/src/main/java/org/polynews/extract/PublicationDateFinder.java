package org.polynews.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when a web page was published, trying the most reliable evidence first: a full date in the
 * page's address (news sites put the publication day there and rarely change it), JSON-LD
 * {@code datePublished}, publication meta tags, {@code <time>} elements, elements whose class names a
 * date, and finally the first date written near the headline. Modification dates are passed over:
 * the publication date is what tells two reports of an event apart.
 */
public final class PublicationDateFinder {
    /** Meta tags that name the publication date. */
    private static final String[] PUBLICATION_META = {
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate",
            "publishdate", "publish-date", "publish_date", "date_published", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dcterms.created", "dc.created", "parsely-pub-date", "article.published", "og:pubdate",
            "sailthru.date", "cxenseparse:recs:publishtime", "article_date_original", "originalpublicationdate",
            "citation_publication_date", "prism.publicationdate"};
    /** Meta tags that give some date of the page, often its last change: trusted less than the page's visible dateline. */
    private static final String[] GENERIC_META = {"date", "dc.date", "dcterms.date", "created", "release_date", "citation_date"};
    /** Elements that say they hold the publication date, tried before those that hold some date. */
    private static final String PUBLICATION_ELEMENTS = "[itemprop=datePublished], time[pubdate], [class*=publish], [class*=entry-date], "
            + "[class*=post-date], [class*=article-date], [class*=posted-on], [class*=dateline]";
    private static final String DATE_ELEMENTS = "time, abbr[title], [class*=date], [class*=Date], [id*=date], [class*=time], "
            + "[class*=publish], [class*=posted], [class*=byline], [class*=meta], [class*=info], [itemprop*=date], [class*=datum]";
    private static final Pattern NOT_PUBLICATION = Pattern.compile("modif|update|comment|reply|sidebar|footer|widget|archive|calendar",
            Pattern.CASE_INSENSITIVE);
    /** Publication dates in the data that scripts carry ("published_at":"2019-03-02T06:22:28+01:00"). */
    private static final Pattern SCRIPT_DATA_DATE = Pattern.compile(
            "[\"'](?:datePublished|publishedDate|published_at|publishDate|publish_date|pubDate|date_published|firstPublished|createdAt|created_at)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");
    private static final Pattern UPDATE_CUE = Pattern.compile(
            "(?:updat|modif|änderung|aktualisiert|geändert|actualiz|mis à jour|mise à jour|aggiornat|обновлено|güncelleme|تحديث|به‌روز)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that announce a publication date right before it ("Erschienen am: 01.11.2023", "Posted on"). */
    private static final Pattern PUBLICATION_CUE = Pattern.compile(
            "(?:published|posted|erschienen|veröffentlicht|publié|publicado|pubblicato|opublikowano|опубликовано|yayınlanma|yayın tarihi"
                    + "|نشر|تاريخ النشر|منتشر شده|تاریخ انتشار|发布|datum|date|stand|fecha|data)\\s*(?:am|on|le|el|il|:|,)?\\s*[:,]?\\s*"
                    + "(?:\\p{L}+[.,]?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UTC_TIME = Pattern.compile("[T ](\\d{2}):\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]00:?00|UTC|GMT)\\s*$");
    private static final Pattern SHORT_YEAR_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    private static final int MAX_DATE_ELEMENTS = 60;
    private static final int BLOCKS_AFTER_HEADLINE = 15;
    /**
     * Text blocks read for a date, in the page and in each window: a page states its date near its top, its headline
     * or its byline, not 2,000 blocks down, and reading every block of a page nested a hundred thousand deep took seconds.
     */
    private static final int MOST_BLOCKS_READ = 2000;
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

    /**
     * @param html    the page's source, for publication dates in scripts' data
     * @param blocks  the page's text blocks
     * @param content the blocks chosen as the article
     */
    PublishedDate find(Document doc, String html, Map<String, String> meta, JsonLd jsonLd, String url, List<TextBlock> blocks, List<TextBlock> content) {
        Optional<LocalDate> date = plausible(dates.fromUrl(url));
        if (date.isPresent()) {
            return new PublishedDate(date.get(), DateSource.URL);
        }
        Element around = articleSurroundings(doc, content);
        for (String field : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
            String value = jsonLd.text(field, null);
            date = plausible(dates.fromValue(value));
            if (date.isPresent()) {
                return localDay(new PublishedDate(date.get(), DateSource.JSON_LD), value, doc, around);
            }
        }
        PublishedDate fromMeta = fromMeta(PUBLICATION_META, meta, doc, around);
        if (fromMeta.isKnown()) {
            return fromMeta;
        }
        PublishedDate inElements = inElements(doc, around);
        if (inElements.isKnown()) {
            return inElements;
        }
        fromMeta = fromMeta(GENERIC_META, meta, doc, around);
        if (fromMeta.isKnown()) {
            return fromMeta;
        }
        Matcher data = SCRIPT_DATA_DATE.matcher(html);
        if (data.find()) {
            date = plausible(dates.fromValue(data.group(1)));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.META_TAG);
            }
        }
        PublishedDate inText = inText(blocks, content);
        return inText.isKnown() ? inText : lastResort(doc, meta, blocks, around);
    }

    /**
     * Weaker evidence, for pages that state no publication date anywhere: any line of the page that is
     * only a date, then one with a two-digit year ("02.12.19"), a date in the page's description, a date
     * in the path of its images (publishing systems file uploads by day), and finally the date the page
     * says it was updated.
     */
    private PublishedDate lastResort(Document doc, Map<String, String> meta, List<TextBlock> blocks, Element around) {
        for (TextBlock block : blocks.subList(0, Math.min(blocks.size(), MOST_BLOCKS_READ))) {
            if (BoilerplateLines.wordCount(block.text()) <= 6 && hasDigit(block.text())) {
                Optional<LocalDate> date = plausible(dates.fromValue(block.text()));
                if (date.isPresent()) {
                    return new PublishedDate(date.get(), DateSource.TEXT);
                }
            }
        }
        for (TextBlock block : blocks.subList(0, Math.min(blocks.size(), MOST_BLOCKS_READ))) {
            if (BoilerplateLines.wordCount(block.text()) <= 6) {
                Matcher m = SHORT_YEAR_DATE.matcher(block.text());
                if (m.find()) {
                    int year = Integer.parseInt(m.group(3));
                    int century = year <= LocalDate.now(clock).getYear() % 100 ? 2000 : 1900;
                    try {
                        Optional<LocalDate> date = plausible(Optional.of(LocalDate.of(century + year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))));
                        if (date.isPresent()) {
                            return new PublishedDate(date.get(), DateSource.TEXT);
                        }
                    } catch (java.time.DateTimeException e) {
                        // not a date after all ("31.02.19"); keep looking
                    }
                }
            }
        }
        for (String key : new String[] {"og:description", "description"}) {
            Optional<LocalDate> date = plausible(dates.fromValue(meta.get(key)));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.META_TAG);
            }
        }
        String image = HtmlArticleExtractor.firstNonBlank(meta.get("og:image"), around == null ? null : around.select("img[src]").attr("abs:src"));
        Optional<LocalDate> date = plausible(dates.fromUrl(image));
        if (date.isPresent()) {
            return new PublishedDate(date.get(), DateSource.URL);
        }
        for (Element e : doc.select("[class*=updated][title], [class*=modified][datetime], [itemprop=dateModified][content]")) {
            date = plausible(dates.fromValue(HtmlArticleExtractor.firstNonBlank(e.attr("title"), e.attr("datetime"), e.attr("content"))));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.META_TAG);
            }
        }
        return PublishedDate.NONE;
    }

    private PublishedDate fromMeta(String[] keys, Map<String, String> meta, Document doc, Element around) {
        for (String key : keys) {
            String value = meta.get(key);
            Optional<LocalDate> date = plausible(dates.fromValue(value));
            if (date.isPresent()) {
                return localDay(new PublishedDate(date.get(), DateSource.META_TAG), value, doc, around);
            }
        }
        return PublishedDate.NONE;
    }

    /** Dates around the article first: a page also dates its teasers, archives and "today" line. */
    private PublishedDate inElements(Document doc, Element around) {
        for (String selector : new String[] {PUBLICATION_ELEMENTS, DATE_ELEMENTS}) {
            for (Element scope : around == null ? List.of(doc) : List.of(around, doc)) {
                PublishedDate found = inElements(scope, selector);
                if (found.isKnown()) {
                    return found;
                }
            }
        }
        return PublishedDate.NONE;
    }

    /**
     * A timestamp given in UTC late or early in the day may fall on another day than the one the site's
     * readers saw ("2023-11-09T03:28Z" for an evening story in California); when the page shows a date
     * one day off, the page's own day is the publication day.
     */
    private PublishedDate localDay(PublishedDate machine, String value, Document doc, Element around) {
        Matcher utc = UTC_TIME.matcher(value);
        if (!utc.find()) {
            return machine;
        }
        int hour = Integer.parseInt(utc.group(1));
        if (hour >= 8 && hour < 20) {
            return machine;
        }
        PublishedDate shown = inElements(doc, around);
        // Only a date written for readers counts: another machine timestamp is no more local than this one.
        if (shown.source() == DateSource.TEXT && Math.abs(shown.date().toEpochDay() - machine.date().toEpochDay()) == 1) {
            return shown;
        }
        return machine;
    }

    /** The article's container and two levels above it, where its headline and dateline sit; null when unknown. */
    private static Element articleSurroundings(Document doc, List<TextBlock> content) {
        if (content.isEmpty()) {
            return null;
        }
        Element common = content.get(0).element();
        Element last = content.get(content.size() - 1).element();
        while (common != null && !ElementTrees.isWithin(last, common)) {
            common = common.parent();
        }
        for (int i = 0; i < 2 && common != null && common != doc.body() && common.parent() != null; i++) {
            common = common.parent();
        }
        return common;
    }


    private PublishedDate inElements(Element scope, String selector) {
        int examined = 0;
        for (Element e : scope.select(selector)) {
            if (++examined > MAX_DATE_ELEMENTS) {
                break;
            }
            if (!isAboutPublication(e) || UPDATE_CUE.matcher(e.ownText()).find()) {
                continue;
            }
            String machine = HtmlArticleExtractor.firstNonBlank(e.attr("datetime"), e.attr("content"), e.normalName().equals("abbr") ? e.attr("title") : null);
            Optional<LocalDate> date = plausible(dates.fromValue(machine));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.META_TAG);
            }
            if (BoilerplateLines.wordCount(e.text()) <= 25) {
                date = plausible(dates.fromValue(e.text()));
                if (date.isPresent()) {
                    return new PublishedDate(date.get(), DateSource.TEXT);
                }
            }
        }
        return PublishedDate.NONE;
    }

    /**
     * The first publication date written around the headline, else around the article: short lines
     * (datelines, bylines) before sentences, and never a date the page says is an update.
     */
    private PublishedDate inText(List<TextBlock> blocks, List<TextBlock> content) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).element().normalName().equals("h1")) {
                windows.add(new int[] {Math.max(0, i - 3), Math.min(blocks.size(), i + BLOCKS_AFTER_HEADLINE)});
                break;
            }
        }
        if (!content.isEmpty()) {
            int first = blocks.indexOf(content.get(0));
            int last = blocks.indexOf(content.get(content.size() - 1));
            windows.add(new int[] {Math.max(0, first - BLOCKS_AFTER_HEADLINE), Math.min(blocks.size(), last + 10)});
        }
        if (windows.isEmpty()) {
            windows.add(new int[] {0, Math.min(blocks.size(), BLOCKS_AFTER_HEADLINE)});
        }
        for (TextBlock block : blocks.subList(0, Math.min(blocks.size(), MOST_BLOCKS_READ))) {
            if (hasDigit(block.text()) && BoilerplateLines.wordCount(block.text()) <= 40) {
                for (DateMention m : finder.find(block.text(), null)) {
                    if (PUBLICATION_CUE.matcher(textBefore(block.text(), m)).find() && isPublicationDay(block.text(), m)) {
                        return new PublishedDate(m.date(), DateSource.TEXT);
                    }
                }
            }
        }
        for (int maxWords : new int[] {40, Integer.MAX_VALUE}) {
            for (int[] window : windows) {
                for (int i = window[0]; i < Math.min(window[1], window[0] + MOST_BLOCKS_READ); i++) {
                    String text = blocks.get(i).text();
                    if (!hasDigit(text) || BoilerplateLines.wordCount(text) > maxWords) {
                        continue;
                    }
                    for (DateMention m : finder.find(text, null)) {
                        if (isPublicationDay(text, m)) {
                            return new PublishedDate(m.date(), DateSource.TEXT);
                        }
                    }
                }
            }
        }
        return PublishedDate.NONE;
    }

    /** A full, plausible date that the words before it do not call an update. */
    private boolean isPublicationDay(String text, DateMention m) {
        return m.yearWritten() && m.isDay() && plausible(Optional.ofNullable(m.date())).isPresent()
                && !UPDATE_CUE.matcher(textBefore(text, m)).find();
    }

    /** The few words before a date, where "Published on" or "Updated:" would stand. */
    private static String textBefore(String text, DateMention m) {
        return text.substring(Math.max(0, m.start() - 30), m.start());
    }

    /** Every full date has a digit (in some script); most blocks have none and need no closer look. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
