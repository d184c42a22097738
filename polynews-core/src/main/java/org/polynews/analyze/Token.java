package org.polynews.analyze;

/**
 * A word of a text with where it stands.
 *
 * @param text           the word as written
 * @param start          offset of its first character
 * @param end            offset after its last character
 * @param sentenceStart  whether it opens a sentence (or a paragraph, or a quote)
 * @param joinedToPrevious whether only spaces separate it from the previous word (no punctuation)
 */
public record Token(String text, int start, int end, boolean sentenceStart, boolean joinedToPrevious) {
    public boolean isCapitalized() {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first)
                || (text.length() > 3 && (text.startsWith("al-") || text.startsWith("el-")) && Character.isUpperCase(text.codePointAt(3)));
    }

    public boolean isAllCaps() {
        return text.length() >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
