package org.polynews.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which {@link NameKeys} skeletons a foreign name written in Chinese characters may have. Chinese writes a foreign name
 * by syllables that sound like it (特朗普, te lang pu: Trump), so its Latin reading is no spelling of the name; but each
 * syllable's initial stands for a few consonants of the name (l: l or r; p: p or b; j: g, k, s or t, as 京 in 普京,
 * Putin) and a final n or ng for a nasal (lang: the "rum" of Trump). The pattern is a Lucene regular expression over
 * skeleton keys: {@code te lang pu} gives {@code t[lr](n|m|ng)b}, which Trump's {@code trmb} matches. Names whose sounds Chinese
 * drops or changes more (默克尔 for Merkel leaves out the r) are not found this way.
 */
public final class ChineseReadings {
    /** Pinyin initials, two-letter ones first, with the skeleton letters each may stand for. */
    private static final List<String[]> INITIALS = List.of(
            new String[] {"zh", "[gs]"}, new String[] {"ch", "k"}, new String[] {"sh", "s"},
            new String[] {"b", "b"}, new String[] {"p", "b"}, new String[] {"m", "m"}, new String[] {"f", "f"},
            new String[] {"d", "d"}, new String[] {"t", "t"}, new String[] {"n", "n"}, new String[] {"l", "[lr]"},
            new String[] {"g", "[gk]"}, new String[] {"k", "[kg]"}, new String[] {"j", "[gkst]"}, new String[] {"q", "[kgs]"},
            new String[] {"x", "[sk]?"}, new String[] {"z", "s"}, new String[] {"c", "s"}, new String[] {"s", "s"},
            new String[] {"r", "[rl]"}, new String[] {"w", "f?"});
    /**
     * Fewer consonants than this leave too many names to choose from (奥巴马, b m: Obama, but BMW as well; 默克尔, m k:
     * Mike): such a reading finds nothing rather than the wrong name.
     */
    static final int MIN_CONSONANTS = 3;

    private ChineseReadings() {
    }

    /**
     * The pattern of skeleton keys a name with this pinyin reading ({@link NameKeys#latin} of Chinese characters, one
     * syllable per word) may have; empty when the reading holds fewer than {@value #MIN_CONSONANTS} consonants or a
     * word that is no pinyin syllable.
     */
    public static Optional<String> keyPattern(String reading) {
        StringBuilder pattern = new StringBuilder();
        int consonants = 0;
        String[] syllables = reading.toLowerCase(Locale.ROOT).strip().split("\\s+");
        for (int i = 0; i < syllables.length; i++) {
            String syllable = syllables[i];
            if (!syllable.matches("[a-z]+")) {
                return Optional.empty();
            }
            String rest = syllable;
            if (syllable.equals("er")) {
                pattern.append("[rl]?"); // 尔: the r or l of a name, or nothing
                continue;
            }
            if (rest.startsWith("h")) {
                pattern.append(i == 0 ? "(h|k)?" : "k?"); // a skeleton keeps an h only first; kh is k
                rest = rest.substring(1);
            } else if (rest.startsWith("y")) {
                pattern.append(i == 0 ? "y?" : "");
                rest = rest.substring(1);
            } else {
                for (String[] initial : INITIALS) {
                    if (rest.startsWith(initial[0])) {
                        pattern.append(initial[1]);
                        consonants += initial[1].endsWith("?") ? 0 : 1;
                        rest = rest.substring(initial[0].length());
                        break;
                    }
                }
            }
            // a final nasal is the name's (lang: the m of Trump), unless the next syllable's n or m is the same one
            boolean nasalNext = i + 1 < syllables.length && (syllables[i + 1].startsWith("n") || syllables[i + 1].startsWith("m"));
            if (rest.endsWith("n") || rest.endsWith("ng")) {
                pattern.append(rest.endsWith("ng") ? "(n|m|ng)" : "[nm]").append(nasalNext ? "?" : "");
                consonants += nasalNext ? 0 : 1;
            }
        }
        return consonants >= MIN_CONSONANTS ? Optional.of(pattern.toString()) : Optional.empty();
    }
}
