package org.polynews.store;

import org.polynews.extract.Article;
import org.polynews.extract.BoilerplateLines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Text a site repeats on its pages — cookie notices, newsletter boxes, footers the extraction kept — is no content
 * two of its articles share. The store keeps a key per paragraph of each stored page of a known site; a paragraph
 * a stored page of the same site already has is furniture, and the article is compared without it.
 */
public final class SiteFurniture {
    /** Shorter paragraphs ("Advertisement", a byline) are too common by chance to tell furniture from content. */
    static final int MIN_WORDS = 5;

    private SiteFurniture() {
    }

    /** The key of each paragraph long enough to count, of an article from a known site (none without one). */
    public static List<String> keys(Article article) {
        return byParagraph(article).stream().filter(Objects::nonNull).toList();
    }

    /** One entry per paragraph of the article, in order: its key, or null where it does not count. */
    public static List<String> byParagraph(Article article) {
        List<String> keys = new ArrayList<>(article.paragraphs().size());
        for (String paragraph : article.paragraphs()) {
            keys.add(key(article.site(), paragraph));
        }
        return keys;
    }

    /** A paragraph's key within its site: the site and a digest of its words, case and spacing aside; null when it does not count. */
    private static String key(String site, String paragraph) {
        if (site == null || site.isBlank()) {
            return null;
        }
        if (BoilerplateLines.wordCount(paragraph) < MIN_WORDS) {
            return null;
        }
        String words = paragraph.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return site.toLowerCase(Locale.ROOT) + "|" + HexFormat.of().formatHex(sha1(words), 0, 8);
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-1", e);
        }
    }
}
