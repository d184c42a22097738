package org.polynews.extract;

import org.polynews.language.SentenceMarks;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text scraped from a web page, line by line. Each line is classified (prose, short line, date
 * line, byline, link, boilerplate); the body is the stretch of lines with the most prose and the least
 * furniture (a maximum-sum segment, as boilerplate detectors do with text blocks), cut at the first
 * "related articles" or comments heading. The headline is the heading just above the body, the date the
 * one the page gives next to headline or byline, unless it is the site's "today" line above a breadcrumb.
 */
public final class ScrapedTextExtractor {
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)]\\((\\S+?)\\)");
    private static final Pattern ANGLE_URL = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)>\\]]+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[" + SentenceMarks.END + "…»”\"'’)\\]:]\\s*$");
    private static final Pattern TITLE_WITH_SITE = Pattern.compile("^(.{8,}?)\\s+[-–—|•:]{1,2}\\s+([^-–—|•]{2,60})$");
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}\\p{Lo}][\\p{L} ,.'’]{0,40}?[,(]\\s*");
    private static final int MAX_TITLE_WORDS = 30;

    enum Kind { PROSE, SHORT, HEADING, DATE, BYLINE, LINK, JUNK }

    record Line(String text, Kind kind, int words) {
    }

    private final BoilerplateLines boilerplate;
    private final DateMentionFinder dates;
    private final DateReader dateReader;

    public ScrapedTextExtractor(BoilerplateLines boilerplate, DateMentionFinder dates, DateReader dateReader) {
        this.boilerplate = boilerplate;
        this.dates = dates;
        this.dateReader = dateReader;
    }

    public Article extract(String source, String text) {
        List<String> urls = new ArrayList<>();
        List<Line> lines = classify(readPart(text), urls);
        int[] span = bodySpan(lines);
        List<String> paragraphs = bodyParagraphs(lines, span);
        int titleIndex = titleIndex(lines, span[0]);
        String title = titleIndex < 0 ? null : lines.get(titleIndex).text();
        String site = siteFromTitleLines(lines, span[0], title);
        String author = null;
        for (int i = Math.max(0, titleIndex); i < span[0]; i++) {
            if (lines.get(i).kind() == Kind.BYLINE) {
                author = boilerplate.byline(lines.get(i).text());
                break;
            }
        }
        String url = articleUrl(urls);
        PublishedDate published = publishedDate(lines, titleIndex, span, url);
        if (site == null && url != null) {
            site = host(url);
        }
        return new Article(source, url, site, title, author, published.date(), published.source(), paragraphs);
    }

    /** The page text read: at most {@link Article#PAGE_TEXT_CHARS}, cut at a line's end where there is one. */
    private static String readPart(String text) {
        if (text.length() <= Article.PAGE_TEXT_CHARS) {
            return text;
        }
        int end = text.lastIndexOf('\n', Article.PAGE_TEXT_CHARS);
        return text.substring(0, end > 0 ? end : Article.PAGE_TEXT_CHARS);
    }

    // ---- classification -------------------------------------------------------------------------

    List<Line> classify(String text, List<String> urls) {
        List<Line> lines = new ArrayList<>();
        String pending = null;
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (pending != null) {
                    lines.add(line(pending, urls));
                    pending = null;
                }
                continue;
            }
            if (pending != null && isWrapped(pending, line)) {
                pending = pending + " " + line;
                continue;
            }
            if (pending != null) {
                lines.add(line(pending, urls));
            }
            pending = line;
        }
        if (pending != null) {
            lines.add(line(pending, urls));
        }
        return markPageTitles(lines);
    }

    /** "Headline - Site" next to a bare "Headline" line is the page's title bar, not prose. */
    private static List<Line> markPageTitles(List<Line> lines) {
        Set<String> texts = new HashSet<>();
        lines.forEach(l -> texts.add(l.text()));
        List<Line> marked = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Matcher m = TITLE_WITH_SITE.matcher(line.text());
            boolean titleBar = line.words() <= MAX_TITLE_WORDS && m.matches() && texts.contains(m.group(1).strip());
            marked.add(titleBar ? new Line(line.text(), Kind.SHORT, line.words()) : line);
        }
        return marked;
    }

    /** A hard-wrapped paragraph: a long line without an ending, continued by a line starting in lower case. */
    private static boolean isWrapped(String previous, String next) {
        return previous.length() >= 50 && !SENTENCE_END.matcher(previous).find()
                && Character.isLowerCase(next.codePointAt(0));
    }

    private Line line(String raw, List<String> urls) {
        collectUrls(raw, urls);
        boolean heading = HEADING.matcher(raw).find();
        String text = HEADING.matcher(raw).replaceFirst("");
        text = MARKDOWN_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = text.replace("**", "").replace("__", "").strip();
        int words = BoilerplateLines.wordCount(text);
        Kind kind;
        if (text.isEmpty() || boilerplate.isOnlyLink(text) || boilerplate.isOnlyLink(raw)) {
            kind = Kind.LINK;
        } else if (boilerplate.byline(text) != null) {
            kind = Kind.BYLINE;
        } else if (isProse(text, words)) {
            kind = Kind.PROSE;
        } else if (boilerplate.isJunk(text) || boilerplate.isEndOfArticle(text)) {
            kind = Kind.JUNK;
        } else if (isDateLine(text)) {
            kind = Kind.DATE;
        } else {
            kind = heading ? Kind.HEADING : Kind.SHORT;
        }
        return new Line(text, kind, words);
    }

    private boolean isProse(String text, int words) {
        if (boilerplate.isJunk(text)) {
            return false;
        }
        boolean ends = SENTENCE_END.matcher(text).find();
        return (words >= 8 && ends) || words >= 25;
    }

    /** A short line that states a full date ("Updated 1:39 am EST, Wednesday, November 20, 2019"). */
    boolean isDateLine(String text) {
        if (BoilerplateLines.wordCount(text) > 12) {
            return false;
        }
        return dates.find(text, null).stream().anyMatch(m -> m.yearWritten() && m.isDay());
    }

    private static void collectUrls(String raw, List<String> urls) {
        Matcher m = ANGLE_URL.matcher(raw);
        while (m.find()) {
            urls.add(m.group(1));
        }
        m = BARE_URL.matcher(raw);
        while (m.find()) {
            if (!urls.contains(m.group())) {
                urls.add(m.group());
            }
        }
    }

    // ---- body ------------------------------------------------------------------------------------

    /** [start, end) of the body: the maximum-sum run of line scores, cut at an end-of-article heading. */
    int[] bodySpan(List<Line> lines) {
        int proseSeen = 0;
        int limit = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.PROSE) {
                proseSeen++;
            } else if (proseSeen >= 2 && boilerplate.isEndOfArticle(line.text())) {
                limit = i;
                break;
            }
        }
        int bestStart = 0;
        int bestEnd = 0;
        double best = 0;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < limit; i++) {
            sum += score(lines.get(i));
            if (sum <= 0) {
                sum = 0;
                start = i + 1;
            } else if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        while (bestStart < bestEnd && lines.get(bestStart).kind() != Kind.PROSE) {
            bestStart++;
        }
        while (bestEnd > bestStart && lines.get(bestEnd - 1).kind() != Kind.PROSE) {
            bestEnd--;
        }
        if (bestStart == bestEnd) {
            return fallbackSpan(lines, limit);
        }
        return new int[] {bestStart, bestEnd};
    }

    /** Text with no proper prose (a short note, a list): keep every line that is not furniture. */
    private static int[] fallbackSpan(List<Line> lines, int limit) {
        int start = 0;
        while (start < limit && lines.get(start).kind() != Kind.SHORT && lines.get(start).kind() != Kind.HEADING) {
            start++;
        }
        return new int[] {Math.min(start, limit), limit};
    }

    private static double score(Line line) {
        return switch (line.kind()) {
            case PROSE -> line.words();
            case SHORT, HEADING -> line.words() >= 4 ? -2 : -4;
            case DATE, BYLINE -> -3;
            case LINK -> -10;
            case JUNK -> -25;
        };
    }

    private static List<String> bodyParagraphs(List<Line> lines, int[] span) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = span[0]; i < span[1]; i++) {
            Line line = lines.get(i);
            if (line.kind() == Kind.JUNK || line.kind() == Kind.LINK) {
                continue;
            }
            if (seen.add(line.text())) { // scraped pages often repeat the lead paragraph
                paragraphs.add(line.text());
            }
        }
        return paragraphs;
    }

    // ---- title, site, url --------------------------------------------------------------------------

    private static int titleIndex(List<Line> lines, int bodyStart) {
        int from = Math.max(0, bodyStart - 8);
        for (int i = bodyStart - 1; i >= from; i--) {
            if (lines.get(i).kind() == Kind.HEADING && lines.get(i).words() >= 2) {
                return i;
            }
        }
        // A page title "Headline - Site" next to the bare headline: the bare one is the headline.
        for (int i = from; i < bodyStart; i++) {
            Matcher m = TITLE_WITH_SITE.matcher(lines.get(i).text());
            if (m.matches()) {
                for (int j = from; j < bodyStart; j++) {
                    if (j != i && lines.get(j).text().equals(m.group(1).strip())) {
                        return j;
                    }
                }
            }
        }
        for (int i = bodyStart - 1; i >= from; i--) {
            Line line = lines.get(i);
            if ((line.kind() == Kind.SHORT || line.kind() == Kind.HEADING) && line.words() >= 3 && line.words() <= MAX_TITLE_WORDS) {
                return i;
            }
        }
        return -1;
    }

    private static String siteFromTitleLines(List<Line> lines, int bodyStart, String title) {
        if (title == null) {
            return null;
        }
        for (int i = 0; i < bodyStart; i++) {
            Matcher m = TITLE_WITH_SITE.matcher(lines.get(i).text());
            if (m.matches() && m.group(1).strip().equals(title)) {
                return m.group(2).strip();
            }
        }
        return null;
    }

    /** The address of the article itself: a URL with a path, preferring one that carries a date. */
    private String articleUrl(List<String> urls) {
        String withPath = null;
        for (String url : urls) {
            if (url.startsWith("mailto:")) {
                continue;
            }
            if (dateReader.fromUrl(url).isPresent()) {
                return url;
            }
            String path = pathOf(url);
            if (withPath == null && path.length() > 8) {
                withPath = url;
            }
        }
        return withPath;
    }

    private static String pathOf(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- publication date --------------------------------------------------------------------------

    private PublishedDate publishedDate(List<Line> lines, int titleIndex, int[] span, String url) {
        Optional<LocalDate> fromUrl = dateReader.fromUrl(url);
        if (fromUrl.isPresent()) {
            return new PublishedDate(fromUrl.get(), DateSource.URL);
        }
        // A date line between the headline and the body, or right around the byline.
        int from = Math.max(0, titleIndex < 0 ? span[0] - 4 : titleIndex - 1);
        for (int i = from; i < span[0]; i++) {
            if (lines.get(i).kind() == Kind.DATE && !isSiteHeaderDate(lines, i)) {
                Optional<LocalDate> date = fullDate(lines.get(i).text());
                if (date.isPresent()) {
                    return new PublishedDate(date.get(), DateSource.TEXT);
                }
            }
        }
        // The page's date line at the top, unless it is the site's "today" line above its navigation.
        for (int i = 0; i < Math.min(span[0], 3); i++) {
            Line line = lines.get(i);
            if ((line.kind() == Kind.DATE || line.kind() == Kind.JUNK || line.kind() == Kind.SHORT) && !isSiteHeaderDate(lines, i)) {
                Optional<LocalDate> date = line.words() <= 12 ? fullDate(line.text()) : Optional.empty();
                if (date.isPresent()) {
                    return new PublishedDate(date.get(), DateSource.TEXT);
                }
            }
        }
        // A dateline opening the first paragraph: "MOSCOW, May 2 (Reuters) -".
        if (span[0] < span[1]) {
            String first = lines.get(span[0]).text();
            for (DateMention m : dates.find(first, null)) {
                if (m.start() <= 40 && m.yearWritten() && m.isDay() && DATELINE.matcher(first.substring(0, m.start())).matches()) {
                    return new PublishedDate(m.date(), DateSource.TEXT);
                }
            }
        }
        return PublishedDate.NONE;
    }

    /** A date followed by a breadcrumb or menu is the site header's "today", not the article's date. */
    private static boolean isSiteHeaderDate(List<Line> lines, int index) {
        for (int j = index + 1; j < Math.min(lines.size(), index + 3); j++) {
            if (isBreadcrumb(lines.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** "Home / World / Headline": short, and mostly separated by slashes or arrows. */
    private static boolean isBreadcrumb(Line line) {
        String text = line.text();
        long separators = text.chars().filter(c -> c == '/' || c == '>' || c == '»' || c == '|' || c == '›').count();
        return line.words() <= 20 && (separators >= 2 || text.toLowerCase(Locale.ROOT).matches("^home ?[/>»|›].*"));
    }

    private Optional<LocalDate> fullDate(String text) {
        return dates.find(text, null).stream()
                .filter(m -> m.yearWritten() && m.isDay() && m.date() != null)
                .map(DateMention::date)
                .findFirst();
    }
}
