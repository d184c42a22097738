package org.polynews.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

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
    /** One model feature: its name in a model file and how it is computed from the signals. */
    private record Feature(String name, ToDoubleFunction<PairSignals> value) {
    }

    /**
     * The single features: the signals themselves, words within one language, and square roots (judges tell
     * "nothing shared" from "a little shared" more sharply than "much" from "more").
     */
    private static final List<Feature> SINGLE = List.of(
            new Feature("words", PairSignals::words), new Feature("entities", PairSignals::entities),
            new Feature("geography", PairSignals::geography), new Feature("time", PairSignals::time),
            new Feature("numbers", PairSignals::numbers), new Feature("passages", PairSignals::passages),
            new Feature("style", PairSignals::style), new Feature("tone", PairSignals::tone),
            new Feature("same_language", PairSignals::sameLanguage), new Feature("length", PairSignals::length),
            new Feature("headline", PairSignals::headline), new Feature("shared_names", PairSignals::sharedNames),
            new Feature("words_same_language", s -> s.words * s.sameLanguage),
            new Feature("sqrt_words", s -> Math.sqrt(s.words)), new Feature("sqrt_entities", s -> Math.sqrt(s.entities)),
            new Feature("sqrt_geography", s -> Math.sqrt(s.geography)), new Feature("sqrt_numbers", s -> Math.sqrt(s.numbers)),
            new Feature("periods", PairSignals::periods), new Feature("subwords", PairSignals::subwords),
            new Feature("sqrt_subwords", s -> Math.sqrt(s.subwords)), new Feature("voice", PairSignals::voice));

    /**
     * The signals whose products are features too: together they tell whether two reports tell one story
     * (many shared names mean more when the words agree; shared words mean less between a long and a short
     * text), which a sum of them cannot say. Time, style, tone and voice describe the writing and stay single; so does
     * the headline, which plain-text articles often lack, so that its products would be fitted on few pairs.
     * Taken from {@link #SINGLE}, in its order.
     */
    private static final List<Feature> STORY = SINGLE.stream()
            .filter(f -> Set.of("words", "entities", "geography", "numbers", "passages", "same_language", "length", "shared_names",
                    "subwords").contains(f.name()))
            .toList();

    /**
     * The names of {@link #values()}, in order: the vocabulary of a model file. The single features, then the
     * products of every two story signals, named "a*b".
     */
    public static final List<String> NAMES = names();

    /** How many of {@link #NAMES} are single features; the rest are products. */
    public static final int SINGLE_FEATURES = SINGLE.size();

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        SINGLE.forEach(f -> out.add(f.name()));
        for (int i = 0; i < STORY.size(); i++) {
            for (int j = i + 1; j < STORY.size(); j++) {
                out.add(STORY.get(i).name() + "*" + STORY.get(j).name());
            }
        }
        return List.copyOf(out);
    }

    public double[] values() {
        double[] out = new double[NAMES.size()];
        int k = 0;
        for (Feature f : SINGLE) {
            out[k++] = f.value().applyAsDouble(this);
        }
        for (int i = 0; i < STORY.size(); i++) {
            double a = STORY.get(i).value().applyAsDouble(this);
            for (int j = i + 1; j < STORY.size(); j++) {
                out[k++] = a * STORY.get(j).value().applyAsDouble(this);
            }
        }
        return out;
    }
}
