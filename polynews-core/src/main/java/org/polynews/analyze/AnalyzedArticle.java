package org.polynews.analyze;

import org.polynews.extract.Article;

import java.util.List;
import java.util.Map;

/**
 * An article as polynews understands it: the clean article plus its language, names, places, time
 * references, content words and style. This is what is stored and what every later stage reads.
 *
 * @param id             stable identity, from the normalised body text
 * @param article        the extracted article
 * @param language       ISO 639-1 code of its main language ({@code und} when unknown)
 * @param languageShares characters per detected language of the paragraphs read to detect it
 * @param entities       people, organisations and other names
 * @param places         places
 * @param nameCandidates in scripts without capitals, keys of content words that may be names
 * @param times          time references
 * @param terms          content-word stems and their counts
 * @param keywords       the most frequent content words, as written
 * @param numbers        numbers in the text, normalised (3,000 → 3000)
 * @param style          style measurements
 */
public record AnalyzedArticle(String id, Article article, String language, Map<String, Integer> languageShares,
                              List<Entity> entities, List<PlaceMention> places, Map<String, Integer> nameCandidates,
                              List<TimeReference> times, Map<String, Integer> terms, List<String> keywords,
                              List<String> numbers, StyleProfile style) {
    public AnalyzedArticle {
        languageShares = StableMaps.copyOf(languageShares);
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        nameCandidates = StableMaps.copyOf(nameCandidates);
        times = List.copyOf(times);
        terms = StableMaps.copyOf(terms);
        keywords = List.copyOf(keywords);
        numbers = List.copyOf(numbers);
    }

    /** The same analysis under another id: an article analysed again without some paragraphs keeps the id of its text. */
    public AnalyzedArticle withId(String newId) {
        return new AnalyzedArticle(newId, article, language, languageShares, entities, places, nameCandidates, times, terms,
                keywords, numbers, style);
    }
}
