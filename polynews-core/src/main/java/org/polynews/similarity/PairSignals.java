package org.polynews.similarity;

import java.util.ArrayList;
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
 * @param subwords     cosine of the 4-letter pieces of content-word stems weighted by their words' IDF: word
 *                     forms a stemmer keeps apart (Turkish, Polish, Arabic inflections; Merkels / Merkel) and
 *                     cognates across languages (Vulkan / volcano)
 * @param voice        how alike the two speak in a personal voice (first- and second-person pronouns per 100
 *                     words): an opinion piece or interview against a report
 */
public record PairSignals(double words, double entities, double geography, double time, double numbers, double passages,
                          double style, double tone, double sameLanguage, double length, double headline, double sharedNames,
                          double periods, double subwords, double voice) {
    /**
     * The signals whose products are features too: together they tell whether two reports tell one story
     * (many shared names mean more when the words agree; shared words mean less between a long and a short
     * text), which a sum of them cannot say. Time, style, tone and voice describe the writing and stay single; so does
     * the headline, which plain-text articles often lack, so that its products would be fitted on few pairs.
     */
    private static final List<String> STORY = List.of(
            "words", "entities", "geography", "numbers", "passages", "same_language", "length", "shared_names", "subwords");

    /** The single features: the signals themselves, words within one language, and square roots. */
    private static final List<String> SINGLE = List.of(
            "words", "entities", "geography", "time", "numbers", "passages", "style", "tone", "same_language", "length", "headline",
            "shared_names", "words_same_language", "sqrt_words", "sqrt_entities", "sqrt_geography", "sqrt_numbers", "periods",
            "subwords", "sqrt_subwords", "voice");

    /**
     * The names of {@link #values()}, in order: the vocabulary of a model file. The single features (square
     * roots, since judges tell "nothing shared" from "a little shared" more sharply than "much" from "more"),
     * then the products of every two story signals, named "a*b".
     */
    public static final List<String> NAMES = names();

    /** How many of {@link #NAMES} are single features; the rest are products. */
    public static final int SINGLE_FEATURES = SINGLE.size();

    private static List<String> names() {
        List<String> out = new ArrayList<>(SINGLE);
        for (int i = 0; i < STORY.size(); i++) {
            for (int j = i + 1; j < STORY.size(); j++) {
                out.add(STORY.get(i) + "*" + STORY.get(j));
            }
        }
        return List.copyOf(out);
    }

    public double[] values() {
        double[] story = {words, entities, geography, numbers, passages, sameLanguage, length, sharedNames, subwords};
        double[] single = {words, entities, geography, time, numbers, passages, style, tone, sameLanguage, length, headline,
                sharedNames, words * sameLanguage, Math.sqrt(words), Math.sqrt(entities), Math.sqrt(geography), Math.sqrt(numbers),
                periods, subwords, Math.sqrt(subwords), voice};
        double[] out = new double[NAMES.size()];
        System.arraycopy(single, 0, out, 0, single.length);
        int k = single.length;
        for (int i = 0; i < story.length; i++) {
            for (int j = i + 1; j < story.length; j++) {
                out[k++] = story[i] * story[j];
            }
        }
        return out;
    }
}
