package org.polynews.analyze;

import org.polynews.language.SentenceMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words, keeping what name detection needs to know about each one: does it open a
 * sentence, is it joined to the previous word by spaces only. Apostrophe suffixes (Trump's, Putin'in)
 * are cut off, as they are never part of a name.
 */
public final class WordTokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[\\-.][\\p{L}\\p{M}\\p{Nd}]+)*");
    /** In the gap before a word, what starts a sentence: its end mark, a line break, a colon or an opening quote. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[" + SentenceMarks.END + "\\n:\"“«„]");
    /** A gap that joins two words of one name: spaces only, or a hyphen. */
    private static final Pattern JOINING = Pattern.compile("[ \\t\\u00A0]+|-");

    /** Abbreviations a full stop does not end a sentence after: "Mr. Putin", "St. Petersburg". */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "Jr", "Sr");

    private static boolean isInitialOrAbbreviation(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String gap = previousEnd < 0 ? "" : text.substring(previousEnd, m.start());
            boolean afterInitial = !tokens.isEmpty() && gap.equals(". ") && isInitialOrAbbreviation(tokens.get(tokens.size() - 1).text());
            // (patterns compiled once: String.matches compiled them for every word, a tenth of analysis)
            boolean sentenceStart = previousEnd < 0 || !afterInitial && SENTENCE_BREAK.matcher(gap).find() && !gap.equals("-") && !gap.equals(".");
            // "Vladimir V. Putin", "St. Petersburg": the full stop of an initial or abbreviation is part of the name
            boolean joined = previousEnd >= 0 && (afterInitial || JOINING.matcher(gap).matches());
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
