package org.polynews.similarity;

import java.util.List;

/**
 * The measured similarities between two articles, each 0 … 1, from which a {@link SimilarityModel}
 * makes the seven dimension scores. Language-independent where it can be: names and places by
 * cross-script key, days, numbers; words mostly where both articles share a language.
 *
 * @param words        cosine of content-word stems weighted by IDF (across languages only stems both
 *                     happen to share: names, loanwords)
 * @param entities     cosine of people and organisations, by cross-script key
 * @param geography    cosine of places (countries at half weight)
 * @param time         publication dates and the days the texts talk about
 * @param numbers      share of the numbers of the shorter article found in the other
 * @param passages     shared 5-word passages (MinHash)
 * @param style        length, sentence length, quotes and numbers
 * @param tone         quoted voices, questions and exclamations
 * @param sameLanguage 1 when both articles are in one language
 * @param length       shorter length over longer, in words
 * @param headline     shared words of the two headlines (Jaccard)
 * @param sharedNames  how many names both mention, as a fraction of five
 * @param periods      overlap of the months and years the texts refer to (and are published in)
 */
public record PairSignals(double words, double entities, double geography, double time, double numbers, double passages,
                          double style, double tone, double sameLanguage, double length, double headline, double sharedNames,
                          double periods) {
    /**
     * The names of {@link #values()}, in order: the vocabulary of a model file. Besides the signals
     * themselves: words within one language, and square roots, since judges tell "nothing shared" from
     * "a little shared" more sharply than "much" from "more".
     */
    public static final List<String> NAMES = List.of(
            "words", "entities", "geography", "time", "numbers", "passages", "style", "tone", "same_language", "length", "headline",
            "shared_names", "words_same_language", "sqrt_words", "sqrt_entities", "sqrt_geography", "sqrt_numbers", "periods");

    public double[] values() {
        return new double[] {words, entities, geography, time, numbers, passages, style, tone, sameLanguage, length, headline,
                sharedNames, words * sameLanguage, Math.sqrt(words), Math.sqrt(entities), Math.sqrt(geography), Math.sqrt(numbers), periods};
    }
}
