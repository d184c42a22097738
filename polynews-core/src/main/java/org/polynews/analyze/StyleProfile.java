package org.polynews.analyze;

/**
 * Measurable traits of how an article is written, for the style and tone dimensions.
 *
 * @param words             word count
 * @param sentences         sentence count
 * @param wordsPerSentence  average sentence length
 * @param quotedShare       share of characters inside quotation marks
 * @param questions         question marks per 100 sentences
 * @param exclamations      exclamation marks per 100 sentences
 * @param numbersPerHundred numbers per 100 words
 * @param paragraphs        paragraph count
 * @param personalPerHundred first- and second-person pronouns (I, we, you…) per 100 words: a personal voice
 */
public record StyleProfile(int words, int sentences, double wordsPerSentence, double quotedShare,
                           double questions, double exclamations, double numbersPerHundred, int paragraphs,
                           double personalPerHundred) {
}
