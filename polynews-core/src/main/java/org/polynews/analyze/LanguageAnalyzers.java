package org.polynews.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lucene's analyzer for each supported language (tokenising, stop words, stemming), created once on first
 * use and shared: Lucene analyzers are thread-safe. Languages without one get the standard analyzer.
 */
public final class LanguageAnalyzers {
    public static final Set<String> WITH_STEMMER = Set.of("en", "ar", "fa", "de", "es", "fr", "it", "ru", "tr", "pl", "zh", "pt", "nl", "sv", "el");

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    public Analyzer forLanguage(String language) {
        return analyzers.computeIfAbsent(WITH_STEMMER.contains(language) ? language : "und", LanguageAnalyzers::create);
    }

    /** The language's stop words (lower case), empty when Lucene has none for it. */
    public CharArraySet stopWords(String language) {
        return switch (language) {
            case "en" -> EnglishAnalyzer.getDefaultStopSet();
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            case "fa" -> PersianAnalyzer.getDefaultStopSet();
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            case "tr" -> TurkishAnalyzer.getDefaultStopSet();
            case "pl" -> PolishAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "sv" -> SwedishAnalyzer.getDefaultStopSet();
            case "el" -> GreekAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
    }

    private static Analyzer create(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            case "fa" -> new PersianAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "it" -> new ItalianAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "tr" -> new TurkishAnalyzer();
            case "pl" -> new PolishAnalyzer();
            case "zh" -> new SmartChineseAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "sv" -> new SwedishAnalyzer();
            case "el" -> new GreekAnalyzer();
            default -> new StandardAnalyzer();
        };
    }
}
