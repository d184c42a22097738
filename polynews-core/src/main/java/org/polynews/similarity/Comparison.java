package org.polynews.similarity;

import java.util.List;

/**
 * Two articles compared on the seven dimensions, with evidence.
 *
 * @param first         id of the first article
 * @param second        id of the second article
 * @param sameLanguage  whether both are in the same language (word overlap counts only then)
 * @param dimensions    scores in {@link Dimension} order
 * @param eventScore    0…1: a hand-weighted sum of the story signals, shown with comparisons; clustering decides
 *                      "same happening" with the fitted {@code EventModel} instead
 * @param daysApart     publication dates apart, or null when either is unknown
 * @param nearCopy      estimated share of identical 5-word passages (MinHash), 0…1
 * @param signals       the measured similarities the scores were made from (clustering reads these, not
 *                      the judge-fitted scores)
 * @param shared        names, places and passages both share, as each writes them ({@link SharedEvidence#NONE}
 *                      when scored without evidence)
 */
public record Comparison(String first, String second, boolean sameLanguage, List<DimensionScore> dimensions,
                         double eventScore, Long daysApart, double nearCopy, PairSignals signals,
                         SharedEvidence shared) {
    public Comparison {
        dimensions = List.copyOf(dimensions);
        shared = shared == null ? SharedEvidence.NONE : shared;
    }

    public DimensionScore get(Dimension dimension) {
        return dimensions.get(dimension.ordinal());
    }
}
