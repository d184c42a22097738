package org.polynews.language;

/**
 * The marks that end a sentence in the scripts polynews reads: Latin and Cyrillic, the Arabic question mark, the
 * CJK full stop and full-width marks, and the Devanagari danda (Hindi ends its sentences with । not a full stop).
 * For use inside a regular-expression character class.
 */
public final class SentenceMarks {
    public static final String END = ".!?؟。！？।॥";

    private SentenceMarks() {
    }
}
