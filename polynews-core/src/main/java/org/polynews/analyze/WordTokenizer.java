package org.polynews.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words, keeping what name detection needs to know about each one: does it open a
 * sentence, is it joined to the previous word by spaces only. Apostrophe suffixes (Trump's, Putin'in)
 * are cut off, as they are never part of a name.
 */
public final class WordTokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[\\-.][\\p{L}\\p{M}\\p{Nd}]+)*");

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String gap = previousEnd < 0 ? "" : text.substring(previousEnd, m.start());
            boolean afterInitial = !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().length() == 1
                    && Character.isUpperCase(tokens.get(tokens.size() - 1).text().charAt(0)) && gap.equals(". ");
            boolean sentenceStart = previousEnd < 0 || !afterInitial && gap.matches("(?s).*(?:[.!?؟。！？\\n:]|[\"“«„]).*") && !gap.matches("[-.]");
            boolean joined = previousEnd >= 0 && gap.matches("[ \\t\\u00A0]+|-");
            if ((gap.equals("'") || gap.equals("’")) && !tokens.isEmpty() && tokens.get(tokens.size() - 1).isCapitalized()
                    && m.group().length() <= 4 && Character.isLowerCase(m.group().codePointAt(0))) {
                previousEnd = m.end();
                continue; // a suffix after an apostrophe: Trump's, Putin'in
            }
            String word = m.group();
            if (word.endsWith(".") ) {
                word = word.substring(0, word.length() - 1);
            }
            tokens.add(new Token(word, m.start(), m.start() + word.length(), sentenceStart, joined));
            previousEnd = m.start() + word.length();
        }
        return tokens;
    }
}
