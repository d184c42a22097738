package org.polynews.cluster;

import java.util.List;

/**
 * How well an event continues a storyline ({@link StoryProfile#fit}): the cosines of their names, places and
 * words (NaN when they share no language, so words cannot be compared), and what they share.
 */
public record StoryFit(double names, double places, double words, List<String> sharedNames, List<String> sharedPlaces,
                       List<String> sharedWords) {
    /** Shared names, places and words kept as the reason for a link. */
    static final int SHOWN = 5;

    public StoryFit {
        sharedNames = List.copyOf(sharedNames);
        sharedPlaces = List.copyOf(sharedPlaces);
        sharedWords = List.copyOf(sharedWords);
    }

    /**
     * One score: who and where tell a thread, and within one language what it is about. Across languages only
     * names and places can be compared, so they carry it alone.
     */
    public double score() {
        if (Double.isNaN(words)) {
            return 0.65 * names + 0.35 * places;
        }
        return 0.35 * names + 0.2 * places + 0.45 * words;
    }
}
