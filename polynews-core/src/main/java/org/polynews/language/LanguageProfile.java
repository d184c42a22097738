package org.polynews.language;

import java.util.Map;

/**
 * The language of a document and how many characters of its paragraphs were in each language.
 *
 * @param language        ISO 639-1 code of the main language, or {@code und}
 * @param charsByLanguage characters of examined paragraphs per detected language
 */
public record LanguageProfile(String language, Map<String, Integer> charsByLanguage) {
}
