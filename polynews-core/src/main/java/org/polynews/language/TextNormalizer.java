package org.polynews.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

import java.util.Locale;

/**
 * Folds text into a form where the same word written in different Unicode ways compares equal:
 * NFKC, lower case, no combining marks, any script's digits as ASCII, and the Arabic-script letters that
 * Arabic and Persian write differently (ي/ی, ك/ک, ة/ه, hamza seats) unified. Used for matching only;
 * displayed text keeps its original form.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    public String normalize(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // what the folds below leave of ASCII, without ICU's work
        }
        String decomposed = NFD.normalize(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x0640 || cp == 0x200C || cp == 0x200D || cp == 0x200F || cp == 0x200E) {
                continue; // diacritics, tatweel, zero-width (non-)joiners, direction marks
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + UCharacter.digit(cp, 10)));
                continue;
            }
            out.appendCodePoint(foldArabicScript(cp));
        }
        return NFKC.normalize(out).toLowerCase(Locale.ROOT);
    }

    /** Whether every character of the text is ASCII (most words of most news). */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int foldArabicScript(int cp) {
        switch (cp) {
            case 0x06CC: case 0x0649: case 0x0626: return 0x064A; // Persian yeh, alef maksura, yeh with hamza -> yeh
            case 0x06A9: return 0x0643;                           // keheh -> kaf
            case 0x0629: return 0x0647;                           // teh marbuta -> heh
            case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627; // alef variants -> alef
            case 0x0624: return 0x0648;                           // waw with hamza -> waw
            case 0x06C0: return 0x0647;                           // heh with yeh above -> heh
            default: return cp;
        }
    }

    /**
     * A cheap fold that keeps every character in place (same length, same offsets): lower case,
     * ASCII digits and unified Arabic-script letters. Lets patterns run on folded text while the
     * matches still point into the original.
     */
    public String foldKeepingOffsets(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int d = Character.digit(c, 10);
                out[i] = d >= 0 ? (char) ('0' + d) : c;
            } else if (Character.isSurrogate(c)) {
                out[i] = c;
            } else {
                int folded = foldArabicScript(c);
                out[i] = Character.toLowerCase((char) folded);
            }
        }
        return new String(out);
    }

    /** True when the code point belongs to a script written without letter case (Arabic, Hebrew, CJK…). */
    /** Whether a script writes words without spaces between them (Chinese, Japanese), so names sit inside longer runs. */
    public static boolean isUnspacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    public static boolean isCaselessLetter(int cp) {
        return Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isLowerCase(cp)
                && Character.getType(cp) == Character.OTHER_LETTER;
    }
}
