package org.polynews.extract;

import org.polynews.language.SentenceMarks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the article from a whole HTML page with jsoup. Title, author and site come from JSON-LD,
 * Open Graph and other meta tags; the publication date from {@link PublicationDateFinder}; the body from
 * the page's text blocks ({@link TextBlockCollector}) that {@link MainContentSelector} picks as the
 * article, less the furniture lines that sit inside it (datelines, bylines, share prompts, labels).
 */
public final class HtmlArticleExtractor {
    private static final Pattern SENTENCE_END = Pattern.compile("[" + SentenceMarks.END + "…:]\\s*$");
    private static final int MIN_PROSE_WORDS = 8;
    /** How many blocks at each end of the body can be its dateline or byline. */
    private static final int EDGE_BLOCKS = 4;
    private static final Set<String> LIST_TABLE_OR_HEADING = Set.of("li", "td", "th", "dd", "dt", "tr", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—\\-:»•]\\s+");

    private final ObjectMapper mapper;
    private final PublicationDateFinder dateFinder;
    private final ScrapedTextExtractor textExtractor;
    private final BoilerplateLines boilerplate;
    private final TextBlockCollector blockCollector = new TextBlockCollector();
    private final MainContentSelector contentSelector = new MainContentSelector();

    public HtmlArticleExtractor(ObjectMapper mapper, PublicationDateFinder dateFinder, ScrapedTextExtractor textExtractor, BoilerplateLines boilerplate) {
        this.mapper = mapper;
        this.dateFinder = dateFinder;
        this.textExtractor = textExtractor;
        this.boilerplate = boilerplate;
    }

    public Article extract(String source, String html, String knownUrl) {
        Document doc = Jsoup.parse(html, knownUrl == null ? "" : knownUrl);
        Map<String, String> meta = metaTags(doc);
        JsonLd jsonLd = JsonLd.read(doc, mapper);

        String url = firstNonBlank(knownUrl, attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta.get("og:url"));
        String site = firstNonBlank(meta.get("og:site_name"), jsonLd.text("publisher", "name"), ScrapedTextExtractor.host(url == null ? "" : url));
        String title = title(doc, meta, jsonLd, site);
        String author = author(doc, meta, jsonLd);
        List<TextBlock> blocks = doc.body() == null ? List.of() : blockCollector.collect(doc.body());
        List<TextBlock> content = doc.body() == null ? List.of() : contentSelector.select(blocks, doc.body());
        PublishedDate published = dateFinder.find(doc, html, meta, jsonLd, url, blocks, content);

        List<String> paragraphs = bodyParagraphs(content);
        if (paragraphs.isEmpty()) {
            Article fromText = textExtractor.extract(source, doc.body() == null ? "" : doc.body().wholeText());
            // A page of menus and labels has no article, however its text is cut into lines.
            boolean prose = fromText.paragraphs().stream().anyMatch(p -> BoilerplateLines.wordCount(p) >= MIN_PROSE_WORDS);
            paragraphs = prose ? fromText.paragraphs() : List.of();
            if (!published.isKnown() && fromText.published() != null) {
                published = new PublishedDate(fromText.published(), fromText.dateSource());
            }
            title = title == null ? fromText.title() : title;
        }
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        return new Article(source, url, site, title, author, published.date(), published.source(), paragraphs);
    }

    // ---- metadata -----------------------------------------------------------------------------------

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"));
            if (key != null && !m.attr("content").isBlank()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content").strip());
            }
        }
        return meta;
    }

    private static String title(Document doc, Map<String, String> meta, JsonLd jsonLd, String site) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String heading = h1 == null ? null : h1.text().strip();
        String candidate = firstNonBlank(jsonLd.text("headline", null), meta.get("og:title"), meta.get("twitter:title"), heading, doc.title());
        if (candidate == null) {
            return null;
        }
        if (heading != null && !heading.isEmpty() && candidate.startsWith(heading)) {
            return heading;
        }
        return withoutSiteName(candidate, site);
    }

    /** "Headline | Site" → "Headline": drop the part that names the site, or the shorter tail. */
    static String withoutSiteName(String title, String site) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String last = parts[parts.length - 1].strip();
        String first = parts[0].strip();
        String siteLower = site == null ? "" : site.toLowerCase(Locale.ROOT);
        if (!siteLower.isEmpty() && (siteLower.contains(last.toLowerCase(Locale.ROOT)) || last.toLowerCase(Locale.ROOT).contains(siteLower))) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|–—\\-:»•]+$", "").strip();
        }
        if (!siteLower.isEmpty() && (siteLower.contains(first.toLowerCase(Locale.ROOT)))) {
            return title.substring(title.indexOf(parts[1])).strip();
        }
        if (BoilerplateLines.wordCount(last) <= 4 && BoilerplateLines.wordCount(title) - BoilerplateLines.wordCount(last) >= 4) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|–—\\-:»•]+$", "").strip();
        }
        return title.strip();
    }

    private String author(Document doc, Map<String, String> meta, JsonLd jsonLd) {
        String fromMeta = meta.get("author");
        if (fromMeta != null && fromMeta.startsWith("http")) {
            fromMeta = null;
        }
        String fromPage = null;
        Element byline = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, .article-author");
        if (byline != null) {
            String text = byline.text().strip();
            String name = boilerplate.byline(text);
            fromPage = name != null ? name : (BoilerplateLines.wordCount(text) <= 6 && !text.isEmpty() ? text : null);
        }
        return firstNonBlank(jsonLd.text("author", "name"), fromMeta, meta.get("article:author") != null && !meta.get("article:author").startsWith("http") ? meta.get("article:author") : null, fromPage);
    }

    // ---- body ---------------------------------------------------------------------------------------

    private List<String> bodyParagraphs(List<TextBlock> selected) {
        int selectedChars = selected.stream().mapToInt(b -> b.text().length()).sum();
        List<String> paragraphs = new ArrayList<>();
        int chars = 0;
        Element skippedBox = null;
        for (int i = 0; i < selected.size(); i++) {
            TextBlock block = selected.get(i);
            String text = block.text();
            boolean atAnEdge = i < EDGE_BLOCKS || i >= selected.size() - EDGE_BLOCKS;
            if (skippedBox != null && ElementTrees.isWithin(block.element(), skippedBox)) {
                continue;
            }
            if (paragraphs.size() >= 2 && boilerplate.isEndOfArticle(text)) {
                // "Related articles", "Comments": the end of the article, unless the heading opens a box
                // inside it (a related-links box between two paragraphs), in which case only the box goes.
                Element box = block.element().parent();
                int boxChars = box == null ? selectedChars : selected.stream().filter(b -> ElementTrees.isWithin(b.element(), box)).mapToInt(b -> b.text().length()).sum();
                if (box == null || boxChars >= selectedChars / 2) {
                    break;
                }
                skippedBox = box;
                continue;
            }
            if (!isFurnitureLine(block, atAnEdge)) {
                paragraphs.add(text);
                chars += text.length();
                if (chars > Article.MAX_TEXT_CHARS) {
                    break; // too long to analyse: what follows would only be read to be refused
                }
            }
        }
        return paragraphs;
    }

    /**
     * Lines that are page furniture even inside the article's container: datelines and bylines at its
     * start or end (metadata, not body; a date line in the middle is content: "Deadline: 3 November"),
     * share counts and ad labels, and one- or two-word labels ("Caption", "Close") that are neither list
     * items, headings nor sentences.
     */
    private boolean isFurnitureLine(TextBlock block, boolean atAnEdge) {
        String text = block.text();
        int words = BoilerplateLines.wordCount(text);
        if (boilerplate.isJunk(text) || atAnEdge && words <= 12 && (textExtractor.isDateLine(text) || boilerplate.startsWithByline(text))) {
            return true;
        }
        if (words <= 2 && !LIST_TABLE_OR_HEADING.contains(block.element().normalName()) && !SENTENCE_END.matcher(text).find()
                && text.chars().noneMatch(Character::isDigit)) {
            return true;
        }
        if (words <= 4 && text.endsWith(":")) {
            return true; // a label that introduces a box: "Weitere Informationen:", "Release Date:"
        }
        return boilerplate.isEndOfArticle(text) || boilerplate.isOnlyLink(text);
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
