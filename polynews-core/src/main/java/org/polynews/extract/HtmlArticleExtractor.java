package org.polynews.extract;

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
 * Extracts the article from a whole HTML page with jsoup. Metadata comes from JSON-LD, Open Graph and
 * other meta tags, {@code <time>} elements and the URL; the body from the element whose paragraphs hold
 * the most text that is not links, after page furniture (navigation, asides, forms, and blocks whose
 * class or id names comments, sharing, related links, newsletters…) has been removed.
 */
public final class HtmlArticleExtractor {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟。！？…:]\\s*$");
    private static final Set<String> LIST_OR_TABLE = Set.of("li", "td", "th", "dd", "dt", "tr");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—\\-:»•]\\s+");
    private static final String[] DATE_META = {
            "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
            "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
            "og:pubdate", "cxenseparse:recs:publishtime", "date_published", "article_date_original"};

    private final ObjectMapper mapper;
    private final DateReader dateReader;
    private final ScrapedTextExtractor textExtractor;
    private final BoilerplateLines boilerplate;
    private final TextBlockCollector blockCollector = new TextBlockCollector();
    private final MainContentSelector contentSelector = new MainContentSelector();

    public HtmlArticleExtractor(ObjectMapper mapper, DateReader dateReader, ScrapedTextExtractor textExtractor, BoilerplateLines boilerplate) {
        this.mapper = mapper;
        this.dateReader = dateReader;
        this.textExtractor = textExtractor;
        this.boilerplate = boilerplate;
    }

    public Article extract(String source, String html, String knownUrl) {
        Document doc = Jsoup.parse(html, knownUrl == null ? "" : knownUrl);
        Map<String, String> meta = metaTags(doc);
        List<JsonNode> jsonLd = jsonLd(doc);

        String url = firstNonBlank(knownUrl, attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta.get("og:url"));
        String site = firstNonBlank(meta.get("og:site_name"), jsonLdText(jsonLd, "publisher", "name"), ScrapedTextExtractor.host(url == null ? "" : url));
        String title = title(doc, meta, jsonLd, site);
        String author = author(doc, meta, jsonLd);
        PublishedDate published = publishedDate(doc, meta, jsonLd, url);

        List<String> paragraphs = bodyParagraphs(doc);
        if (paragraphs.isEmpty()) {
            Article fromText = textExtractor.extract(source, doc.body() == null ? "" : doc.body().wholeText());
            paragraphs = fromText.paragraphs();
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

    private List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collectJsonLd(mapper.readTree(script.data()), nodes);
            } catch (Exception e) {
                // Broken JSON-LD is common on real pages; the other sources of metadata still apply.
            }
        }
        return nodes;
    }

    private static void collectJsonLd(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectJsonLd(n, out));
        } else if (node.isObject()) {
            out.add(node);
            if (node.has("@graph")) {
                collectJsonLd(node.get("@graph"), out);
            }
        }
    }

    private static String jsonLdText(List<JsonNode> nodes, String field, String subField) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(field);
            if (value == null) {
                continue;
            }
            if (value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (subField != null && value.isObject()) {
                value = value.get(subField);
            }
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static String title(Document doc, Map<String, String> meta, List<JsonNode> jsonLd, String site) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String heading = h1 == null ? null : h1.text().strip();
        String candidate = firstNonBlank(jsonLdText(jsonLd, "headline", null), meta.get("og:title"), meta.get("twitter:title"), heading, doc.title());
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

    private String author(Document doc, Map<String, String> meta, List<JsonNode> jsonLd) {
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
        return firstNonBlank(jsonLdText(jsonLd, "author", "name"), fromMeta, meta.get("article:author") != null && !meta.get("article:author").startsWith("http") ? meta.get("article:author") : null, fromPage);
    }

    private PublishedDate publishedDate(Document doc, Map<String, String> meta, List<JsonNode> jsonLd, String url) {
        for (String field : new String[] {"datePublished", "dateCreated"}) {
            Optional<LocalDate> date = dateReader.fromValue(jsonLdText(jsonLd, field, null));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.JSON_LD);
            }
        }
        for (String key : DATE_META) {
            Optional<LocalDate> date = dateReader.fromValue(meta.get(key.toLowerCase(Locale.ROOT)));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.META_TAG);
            }
        }
        for (Element time : doc.select("time[datetime], [itemprop=datePublished][datetime], [itemprop=datePublished][content]")) {
            Optional<LocalDate> date = dateReader.fromValue(firstNonBlank(time.attr("datetime"), time.attr("content")));
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.META_TAG);
            }
        }
        Optional<LocalDate> fromUrl = dateReader.fromUrl(url);
        if (fromUrl.isPresent()) {
            return new PublishedDate(fromUrl.get(), DateSource.URL);
        }
        Element dateElement = doc.selectFirst("[class*=date], [class*=time], [id*=date], [class*=published]");
        if (dateElement != null && BoilerplateLines.wordCount(dateElement.text()) <= 12) {
            Optional<LocalDate> date = dateReader.fromValue(dateElement.text());
            if (date.isPresent()) {
                return new PublishedDate(date.get(), DateSource.TEXT);
            }
        }
        return PublishedDate.NONE;
    }

    // ---- body ---------------------------------------------------------------------------------------

    private List<String> bodyParagraphs(Document doc) {
        if (doc.body() == null) {
            return List.of();
        }
        List<TextBlock> selected = contentSelector.select(blockCollector.collect(doc.body()), doc.body());
        int selectedChars = selected.stream().mapToInt(b -> b.text().length()).sum();
        List<String> paragraphs = new ArrayList<>();
        Element skippedBox = null;
        for (TextBlock block : selected) {
            String text = block.text();
            if (skippedBox != null && isWithin(block.element(), skippedBox)) {
                continue;
            }
            if (paragraphs.size() >= 2 && boilerplate.isEndOfArticle(text)) {
                // "Related articles", "Comments": the end of the article, unless the heading opens a box
                // inside it (a related-links box between two paragraphs), in which case only the box goes.
                Element box = block.element().parent();
                int boxChars = box == null ? selectedChars : selected.stream().filter(b -> isWithin(b.element(), box)).mapToInt(b -> b.text().length()).sum();
                if (box == null || boxChars >= selectedChars / 2) {
                    break;
                }
                skippedBox = box;
                continue;
            }
            if (!isFurnitureLine(block)) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    private static boolean isWithin(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lines that are page furniture even inside the article's container: dates and bylines (they are
     * metadata, not body), share counts and ad labels, and one- or two-word labels ("Caption", "Close")
     * that are neither list items nor sentences.
     */
    private boolean isFurnitureLine(TextBlock block) {
        String text = block.text();
        int words = BoilerplateLines.wordCount(text);
        if (words <= 12 && (boilerplate.isJunk(text) || textExtractor.isDateLine(text) || boilerplate.startsWithByline(text))) {
            return true;
        }
        if (words <= 2 && !LIST_OR_TABLE.contains(block.element().normalName()) && !SENTENCE_END.matcher(text).find()
                && text.chars().noneMatch(Character::isDigit)) {
            return true;
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
