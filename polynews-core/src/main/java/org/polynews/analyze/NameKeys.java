package org.polynews.analyze;

import com.ibm.icu.text.Transliterator;
import org.polynews.language.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cross-script keys for names: Trump, ترامب, ترامپ and Трамп all become {@code trmb}. A name is
 * transliterated to Latin with ICU, then reduced to a consonant skeleton with the sounds that scripts
 * write differently merged (p/b, v/f, k/q/c, g/j, z/s, th/t…) and vowels dropped, since Arabic and
 * Persian rarely write short vowels. Arabic-script words also get keys without their attached particles
 * (ال, و, ب, ل), so "والكرملين" still meets "Kremlin".
 */
public final class NameKeys {
    private static final Pattern NOT_LATIN_LETTERS = Pattern.compile("[^a-z]");

    private static final int MIN_STEM_LETTERS = 3;

    /** Made for the first text that is not ASCII: a search for Putin reads stored spellings and needs none. */
    private Transliterator toLatin;
    private final TextNormalizer normalizer;

    public NameKeys(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The skeleton key of one word, or "" when nothing is left of it. */
    public String key(String word) {
        if (word.length() > 4 && (word.startsWith("al-") || word.startsWith("el-") || word.startsWith("Al-") || word.startsWith("El-"))) {
            word = word.substring(3); // al-Assad is Assad, as الأسد is
        }
        return skeleton(latin(word).toLowerCase(Locale.ROOT));
    }

    /** The text in Latin letters without accents, as ICU transliterates it (Путин: Putin, Ελλάδα: Ellada). */
    public String latin(String text) {
        if (TextNormalizer.isAscii(text)) {
            return text; // already what both transliterations give, without waiting for the shared transliterator
        }
        synchronized (this) { // ICU transliterators are not thread-safe
            if (toLatin == null) {
                toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
            }
            return toLatin.transliterate(text);
        }
    }

    /**
     * Whether the text's script writes a foreign name by its sounds, so that its Latin transliteration spells the name
     * (Путин: Putin). Chinese, Japanese and Korean characters transliterate to readings instead (特朗普: te lang pu, not
     * Trump), whose syllables match unrelated words ("lang").
     */
    public static boolean spellsForeignNames(String text) {
        return text.codePoints().mapToObj(Character.UnicodeScript::of).noneMatch(s -> s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL);
    }

    /** Keys of one word and, for Arabic script, of its forms without attached particles. */
    public List<String> keysWithVariants(String word, String language) {
        List<String> keys = new ArrayList<>(2);
        String folded = normalizer.normalize(word);
        addKey(keys, folded);
        if ("ar".equals(language) && isArabicScript(folded)) {
            List<String> stripped = ArabicParticles.strippedForms(folded, MIN_STEM_LETTERS, MIN_STEM_LETTERS);
            if (!stripped.isEmpty()) {
                addKey(keys, stripped.get(0));
            }
        }
        return keys;
    }

    private void addKey(List<String> keys, String word) {
        String k = key(word);
        if (k.length() >= 2 && !keys.contains(k)) {
            keys.add(k);
        }
    }

    static boolean isArabicScript(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    static String skeleton(String latin) {
        String s = NOT_LATIN_LETTERS.matcher(latin).replaceAll("");
        s = s.replace("sch", "s").replace("tsch", "c").replace("sh", "s").replace("ch", "k").replace("kh", "k")
                .replace("gh", "g").replace("th", "t").replace("ph", "f").replace("ck", "k").replace("tz", "s")
                .replace("ts", "s").replace("dh", "d").replace("zh", "j");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean initial = i == 0;
            char mapped = switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> 0;
                case 'y' -> initial ? 'y' : 0;
                case 'w' -> initial ? 'f' : 0;
                case 'h' -> initial ? 'h' : 0;
                case 'p' -> 'b';
                case 'v', 'f' -> 'f';
                case 'q', 'c', 'k', 'x' -> 'k';
                case 'j' -> 'g';
                case 'z' -> 's';
                default -> c;
            };
            if (mapped != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != mapped)) {
                out.append(mapped);
            }
        }
        return out.toString();
    }
}
