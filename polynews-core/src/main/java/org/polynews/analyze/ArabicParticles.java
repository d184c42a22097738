package org.polynews.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * The particles Arabic writes attached to the next word (the article ال, و "and", ب "in/with", ل "for",
 * ف, ك, and their combinations). Names and place names are found again once they are taken off.
 */
final class ArabicParticles {
    /** Longest first, so "وال" comes off whole rather than as "و". */
    private static final String[] PREFIXES = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"};

    private ArabicParticles() {
    }

    /**
     * The forms of a (normalised) word with one leading particle removed, longest particle first, keeping
     * only remainders of at least {@code minLetters} letters, or {@code minLettersAfterOneLetter} after a
     * one-letter particle.
     */
    static List<String> strippedForms(String word, int minLetters, int minLettersAfterOneLetter) {
        List<String> forms = new ArrayList<>(2);
        for (String prefix : PREFIXES) {
            int min = prefix.length() == 1 ? minLettersAfterOneLetter : minLetters;
            if (word.startsWith(prefix) && word.length() - prefix.length() >= min) {
                forms.add(word.substring(prefix.length()));
            }
        }
        return forms;
    }
}
