package org.polynews.analyze;

import org.polynews.extract.Article;
import org.polynews.language.LanguageIdentifier;
import org.polynews.language.LanguageProfile;
import org.polynews.language.TextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysis stage: language (per paragraph and overall), names and places, time references, content
 * words, numbers and style of an extracted article.
 */
public final class ArticleAnalyzer {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[.,\\u066C\\u00A0 ]\\d{3})+(?![\\d])|(?<![\\d.,])\\d{2,}(?![\\d])");
    private static final int KEYWORDS = 12;

    private final LanguageIdentifier languages;
    private final WordTokenizer tokenizer;
    private final EntityExtractor entities;
    private final TimeReferenceExtractor times;
    private final TermCounter terms;
    private final StyleMeter style;
    private final ArticleIds ids;
    private final TextNormalizer normalizer;

    public ArticleAnalyzer(LanguageIdentifier languages, WordTokenizer tokenizer, EntityExtractor entities,
                           TimeReferenceExtractor times, TermCounter terms, StyleMeter style, ArticleIds ids,
                           TextNormalizer normalizer) {
        this.languages = languages;
        this.tokenizer = tokenizer;
        this.entities = entities;
        this.times = times;
        this.terms = terms;
        this.style = style;
        this.ids = ids;
        this.normalizer = normalizer;
    }

    /**
     * @param article      the extracted article (must have body text)
     * @param languageHint a language the source states, or null to detect it
     */
    public AnalyzedArticle analyze(Article article, String languageHint) {
        LanguageProfile profile = languages.profile(article.paragraphs());
        String language = languageHint != null && !languageHint.isBlank() ? languageHint : profile.language();
        String text = article.fullText();
        // Names come from the body: headlines in Title Case would make every word look like a name.
        String body = article.text();
        List<Token> tokens = tokenizer.tokenize(body);
        NameFindings names = entities.extract(body, tokens, language);
        List<TimeReference> timeReferences = times.extract(article.text(), language, article.published());
        TermCounter.Terms counted = terms.count(text, language);
        return new AnalyzedArticle(ids.idOf(article.text()), article, language, profile.charsByLanguage(),
                names.entities(), names.places(), names.candidates(), timeReferences, counted.counts(),
                counted.keywords(KEYWORDS), numbers(text), style.measure(article.paragraphs(), tokens, language));
    }

    private List<String> numbers(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(normalizer.foldKeepingOffsets(text));
        while (m.find()) {
            found.add(m.group().replaceAll("[^0-9]", ""));
        }
        return new ArrayList<>(found);
    }

}
