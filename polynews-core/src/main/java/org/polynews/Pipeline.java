package org.polynews;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.ArticleAnalyzer;
import org.polynews.analyze.ArticleIds;
import org.polynews.analyze.EntityExtractor;
import org.polynews.analyze.LanguageAnalyzers;
import org.polynews.analyze.NameKeys;
import org.polynews.analyze.PlaceGazetteer;
import org.polynews.analyze.PlaceGazetteerCache;
import org.polynews.analyze.StyleMeter;
import org.polynews.analyze.TermCounter;
import org.polynews.analyze.TimeReferenceExtractor;
import org.polynews.analyze.WordTokenizer;
import org.polynews.extract.Article;
import org.polynews.extract.ArticleExtractor;
import org.polynews.extract.BoilerplateLines;
import org.polynews.extract.CalendarVocabulary;
import org.polynews.extract.DateMentionFinder;
import org.polynews.extract.DateReader;
import org.polynews.extract.HtmlArticleExtractor;
import org.polynews.extract.PublicationDateFinder;
import org.polynews.extract.ScrapedTextExtractor;
import org.polynews.language.LanguageIdentifier;
import org.polynews.language.TextNormalizer;
import org.polynews.represent.ArticleFeatures;
import org.polynews.represent.FeatureExtractor;
import org.polynews.similarity.BackgroundStatistics;
import org.polynews.similarity.TermStatistics;
import org.polynews.source.JsonArticleParser;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;
import org.polynews.source.SourceReader;
import org.polynews.translate.Lexicons;
import org.polynews.source.TextDecoder;

import java.io.InputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The stages from source to analysed article and its features, wired once. Everything here is stateless after
 * construction and safe to share between threads; the date vocabularies load when the first document is read,
 * the gazetteer (about a second) when the first article is analysed or a search looks up a place, language models and
 * term weights on first use.
 */
public final class Pipeline {
    /** How the pages of a web archive without article text are counted ({@link Outcome#notAnArticle}). */
    static final String ARCHIVED_PAGES_WITHOUT_TEXT = "archived pages without article text (index pages, listings)";
    private final ObjectMapper json;
    private final TextNormalizer normalizer;
    private final LanguageAnalyzers analyzers;
    private final WordTokenizer tokenizer;
    /** Built on first use: commands that only read the store identify no language. */
    private final Lazy<LanguageIdentifier> languages = new Lazy<>(LanguageIdentifier::new);
    private final Lexicons lexicons;
    private final TermCounter terms;
    private final FeatureExtractor features = new FeatureExtractor();
    /** Built on first use: commands that only read the store (show, search) need no date vocabulary. */
    private final Lazy<Reading> reading = new Lazy<>(this::buildReading);
    /** Built when the first article is analysed: a page refused by extraction needs no analyzer. */
    private final Lazy<ArticleAnalyzer> analyzer = new Lazy<>(this::buildAnalyzer);
    /** Built on first use, by search (places in a query) as well as by analysis. */
    private final Lazy<PlaceGazetteer> gazetteer = new Lazy<>(() -> PlaceGazetteerCache.ofUser().load(normalizer()));
    /** Built on first use, by search as well as by reading documents. */
    private final Lazy<NameKeys> nameKeys;
    /** The fixed term weights, read from the jar when the first comparison needs them. */
    private final Lazy<TermStatistics> termStatistics = new Lazy<>(BackgroundStatistics::bundled);

    /** What extracting a document takes: the calendar vocabularies and date patterns. */
    private record Reading(CalendarVocabulary calendar, DateMentionFinder dates, ArticleExtractor extractor) {
    }

    public Pipeline(ObjectMapper json) {
        this(json, Lexicons.NONE);
    }

    /** @param lexicons bilingual lexicons for comparing words across languages ({@link Lexicons#NONE} for none) */
    public Pipeline(ObjectMapper json, Lexicons lexicons) {
        this.json = json;
        this.normalizer = new TextNormalizer();
        this.analyzers = new LanguageAnalyzers();
        this.tokenizer = new WordTokenizer();
        this.terms = new TermCounter(analyzers);
        this.lexicons = lexicons;
        this.nameKeys = new Lazy<>(() -> new NameKeys(normalizer));
    }

    private Reading buildReading() {
        CalendarVocabulary calendar = new CalendarVocabulary(normalizer);
        DateMentionFinder dates = new DateMentionFinder(normalizer, calendar);
        DateReader dateReader = new DateReader(dates);
        BoilerplateLines boilerplate = new BoilerplateLines();
        ScrapedTextExtractor text = new ScrapedTextExtractor(boilerplate, dates, dateReader);
        ArticleExtractor extractor = new ArticleExtractor(new HtmlArticleExtractor(json,
                new PublicationDateFinder(dateReader, dates, Clock.systemUTC()), text, boilerplate), text, dateReader);
        return new Reading(calendar, dates, extractor);
    }

    private ArticleAnalyzer buildAnalyzer() {
        Reading r = reading.get();
        return new ArticleAnalyzer(languages.get(), tokenizer,
                new EntityExtractor(gazetteer(), nameKeys(), normalizer, analyzers, r.calendar().words()),
                new TimeReferenceExtractor(normalizer, r.dates(), r.calendar()), terms, new StyleMeter(),
                new ArticleIds(normalizer), normalizer);
    }

    public SourceReader sourceReader(Supplier<InputStream> stdin) {
        return new SourceReader(new TextDecoder(), new JsonArticleParser(json), stdin);
    }

    /**
     * Extracts and analyses one document; an article with no body text is a problem, not an article, and so is a
     * document that the extraction or analysis fails on: one bad document never stops the others of a batch.
     */
    public Outcome process(SourceDocument document) {
        Extraction extraction = extract(document);
        if (extraction.problem() != null) {
            // a crawl holds index pages and listings besides its articles: one without text is expected, not a fault
            return extraction.article() != null && document.metadata().captured() != null
                    ? new Outcome(null, null, extraction.problem(), true) : Outcome.failed(extraction.problem());
        }
        try {
            AnalyzedArticle article = analyzer.get().analyze(extraction.article(), document.metadata().language());
            return Outcome.analysed(article, features.features(article));
        } catch (RuntimeException e) {
            return Outcome.failed(new SourceProblem(document.source(), "cannot analyse the article: " + e));
        } catch (StackOverflowError e) {
            return Outcome.failed(new SourceProblem(document.source(), "cannot analyse the article: its text is nested or repeated too deeply"));
        }
    }

    /** What grouping and comparing read of an analysed article ({@link FeatureExtractor}). */
    public ArticleFeatures features(AnalyzedArticle article) {
        return features.features(article);
    }

    /** The analysis stage alone, of an article already extracted, in the given language (null: detect it). */
    public AnalyzedArticle analyze(Article article, String language) {
        return analyzer.get().analyze(article, language);
    }

    /** The extraction stage alone: the clean article, or why there is none. */
    public Extraction extract(SourceDocument document) {
        Article article;
        try {
            article = reading.get().extractor().extract(document);
        } catch (RuntimeException e) {
            return new Extraction(null, new SourceProblem(document.source(), "cannot extract an article: " + e));
        } catch (StackOverflowError e) {
            return new Extraction(null, new SourceProblem(document.source(), "cannot extract an article: the page is nested too deeply"));
        }
        if (article.paragraphs().isEmpty() || article.text().isBlank()) {
            return new Extraction(article, new SourceProblem(document.source(), "no article text found"));
        }
        if (article.text().length() > Article.MAX_TEXT_CHARS) {
            return new Extraction(null, new SourceProblem(document.source(), String.format(Locale.ROOT,
                    "the article text runs past %,d characters, far beyond the longest news feature; not analysed", Article.MAX_TEXT_CHARS)));
        }
        return new Extraction(article, null);
    }

    /** The language of an extracted article, as analysis would decide it: ISO 639-1 or "und". */
    public String languageOf(Article article) {
        return languages.get().profile(article.paragraphs()).language();
    }

    /** An extracted article (possibly without body text), and the problem when it cannot be used. */
    public record Extraction(Article article, SourceProblem problem) {
    }

    /**
     * An analysed article and its features, or the reason there is none.
     *
     * @param notAnArticle the problem is only that the document is no article, which its source allows: a page of a
     *                     web archive without article text (an index page, a listing)
     */
    public record Outcome(AnalyzedArticle article, ArticleFeatures features, SourceProblem problem, boolean notAnArticle) {
        static Outcome analysed(AnalyzedArticle article, ArticleFeatures features) {
            return new Outcome(article, features, null, false);
        }

        static Outcome failed(SourceProblem problem) {
            return new Outcome(null, null, problem, false);
        }
    }

    public ObjectMapper json() {
        return json;
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    public NameKeys nameKeys() {
        return nameKeys.get();
    }

    /** The places a name may be (about a second to build the first time on a machine, then read from a cache file). */
    public PlaceGazetteer gazetteer() {
        return gazetteer.get();
    }

    public LanguageAnalyzers analyzers() {
        return analyzers;
    }

    /** Content-word stems per language, as articles are counted (the lexicon importer stems with it too). */
    public TermCounter terms() {
        return terms;
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    /**
     * The fixed term weights articles are compared with ({@link BackgroundStatistics}), read from the jar on
     * first use (a tenth of a second), so that commands that compare nothing do not pay for it.
     */
    public TermStatistics termStatistics() {
        return termStatistics.get();
    }

    public WordTokenizer tokenizer() {
        return tokenizer;
    }
}
