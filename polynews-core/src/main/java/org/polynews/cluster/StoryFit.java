package org.polynews.cluster;

import java.util.List;

/**
 * How an event (or another storyline) compares with a storyline ({@link StoryProfile#fit}): the cosines of their
 * names, places and words (words NaN when they share no language, so they cannot be compared), the days between
 * their spans (null when either is undated), and what they share. {@link StorylineModel} turns it into a decision.
 */
public record StoryFit(double names, double places, double words, Long daysApart, List<String> sharedNames,
                       List<String> sharedPlaces, List<String> sharedWords) {
    /** Shared names, places and words kept as the reason for a link. */
    static final int SHOWN = 5;

    public StoryFit {
        sharedNames = List.copyOf(sharedNames);
        sharedPlaces = List.copyOf(sharedPlaces);
        sharedWords = List.copyOf(sharedWords);
    }

    public boolean sharesLanguage() {
        return !Double.isNaN(words);
    }
}
