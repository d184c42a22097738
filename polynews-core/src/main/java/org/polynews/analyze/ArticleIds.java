package org.polynews.analyze;

import org.polynews.language.TextNormalizer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article identity from normalised content: the same body text, however it was encoded, spaced or
 * wrapped, always gets the same id, so re-ingesting an article does not duplicate it.
 */
public final class ArticleIds {
    /** Characters in an id: "a" and 12 hexadecimal digits. */
    public static final int LENGTH = 13;

    private final TextNormalizer normalizer;

    public ArticleIds(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public String idOf(String body) {
        String canonical = String.join(" ", normalizer.normalize(body).split("[^\\p{L}\\p{Nd}]+")).strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
