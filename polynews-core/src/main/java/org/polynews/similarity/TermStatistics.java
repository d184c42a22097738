package org.polynews.similarity;

/**
 * Corpus statistics that weight evidence: a name every article shares (the US) says less than a rare one.
 * The store provides them from its index; {@link #UNIFORM} weighs everything alike.
 */
public interface TermStatistics {
    /** Inverse document frequency of an index term ({@code ArticleFeatures} prefixes), >= 1. */
    double idf(String term);

    /** Whether a name key has been seen as a name (capitalised, or a place) in some stored article. */
    boolean isKnownName(String key);

    TermStatistics UNIFORM = new TermStatistics() {
        @Override
        public double idf(String term) {
            return 1.0;
        }

        @Override
        public boolean isKnownName(String key) {
            return false;
        }
    };
}
