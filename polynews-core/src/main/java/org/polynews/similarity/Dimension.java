package org.polynews.similarity;

import java.util.Locale;

/** The seven SemEval-2022 Task 8 dimensions. */
public enum Dimension {
    GEOGRAPHY, ENTITIES, TIME, NARRATIVE, OVERALL, STYLE, TONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
