package org.polynews.similarity;

import org.apache.lucene.analysis.Analyzer;
import org.polynews.analyze.AnalyzedTerms;
import org.polynews.analyze.LanguageAnalyzers;
import org.polynews.analyze.NameKeys;
import org.polynews.analyze.Place;
import org.polynews.analyze.PlaceGazetteer;
import org.polynews.language.TextNormalizer;
import org.polynews.represent.ArticleFeatures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Builds {@link BackgroundStatistics} from word-frequency lists ({@code XX_50k.txt.gz}: {@code word count} a
 * line, one file per language, as in hermitdave/FrequencyWords). Each word is stemmed with its language's
 * analyzer, keyed as a name ({@link NameKeys}) and looked up as a place, exactly as article text is; a term's
 * share of the words becomes the chance that a news article of {@link #ARTICLE_WORDS} words contains it, and
 * its weight is {@code 1 + ln(1 / chance)}. A place takes its highest chance over all languages. A name key weighs
 * by how many different words of all the lists share its skeleton, not by how often they are said: a name is not
 * the everyday word it happens to sound like (Putin's key "btn" is also button, bitten, batman), but a skeleton
 * that many words share ("ls": less, else, lies, Elias) is a weak clue that two articles name one person.
 */
public final class BackgroundStatisticsBuilder {
    /** Words in a typical news article: turns a word's frequency into the chance an article holds it. */
    static final int ARTICLE_WORDS = 400;
    /** In the lists alone, terms rarer than this weigh as much as unseen ones. */
    static final double LIST_MAX_IDF = 9.0;
    /** How many news articles the frequency lists count as, against the news articles given. */
    static final double LIST_ARTICLES = 100;

    private final LanguageAnalyzers analyzers;
    private final NameKeys nameKeys;
    private final PlaceGazetteer gazetteer;
    private final TextNormalizer normalizer;

    public BackgroundStatisticsBuilder(LanguageAnalyzers analyzers, NameKeys nameKeys, PlaceGazetteer gazetteer, TextNormalizer normalizer) {
        this.analyzers = analyzers;
        this.nameKeys = nameKeys;
        this.gazetteer = gazetteer;
        this.normalizer = normalizer;
    }

    /** The frequency lists of a folder: each {@code XX_*.txt.gz} (or {@code zh_cn_*}) with its language. */
    public static Map<String, Path> lists(Path folder) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt.gz") && name.indexOf('_') == 2) {
                    out.put(name.substring(0, 2).toLowerCase(Locale.ROOT), f);
                }
            }
        }
        return out;
    }

    /**
     * The weight of each term, blending the frequency lists with the news articles given (may be none): a term's
     * chance to occur in an article is its share of the news articles, with the lists' chance counted as
     * {@link #LIST_ARTICLES} more articles, so news words common in news but rare on screen ("minister", "said")
     * weigh as news weighs them, and words the news sample missed still weigh by the lists. Names found in the news
     * articles become known names.
     *
     * @param progress hears each language when it is done, with the number of terms it gave
     */
    public BackgroundStatistics.Table build(Map<String, Path> lists, List<ArticleFeatures> news, BiConsumer<String, Integer> progress)
            throws IOException {
        Map<String, Double> listChance = new HashMap<>();
        Map<String, Integer> wordsWithKey = new HashMap<>();
        long words = 0;
        for (var e : lists.entrySet()) {
            String language = e.getKey();
            Map<String, Long> counts = new HashMap<>();
            Map<String, Integer> keys = new HashMap<>();
            long total = read(e.getValue(), language, counts, keys);
            counts.forEach((term, count) -> {
                double p = 1 - Math.exp(-ARTICLE_WORDS * (double) count / total);
                listChance.merge(term, p, Math::max); // only places recur across languages
            });
            keys.forEach((key, n) -> wordsWithKey.merge(key, n, Integer::sum));
            words += keys.values().stream().mapToLong(Integer::longValue).sum();
            progress.accept(language, counts.size() + keys.size());
        }
        long allWords = words;
        wordsWithKey.forEach((key, n) -> listChance.put(ArticleFeatures.NAME + key, n / (double) allWords));

        Map<String, Integer> newsFrequency = new HashMap<>();
        Set<String> knownNames = new HashSet<>();
        for (ArticleFeatures f : news) {
            knownNames.addAll(f.names().keySet());
            for (String term : f.indexTerms()) {
                if (term.startsWith(ArticleFeatures.TERM) || term.startsWith(ArticleFeatures.NAME) || term.startsWith(ArticleFeatures.PLACE)) {
                    newsFrequency.merge(term, 1, Integer::sum);
                }
            }
        }
        double unseen = Math.exp(1 - LIST_MAX_IDF);
        double articles = news.size() + LIST_ARTICLES;
        double unknown = weight(LIST_ARTICLES * unseen / articles);
        Set<String> terms = new HashSet<>(listChance.keySet());
        terms.addAll(newsFrequency.keySet());
        Map<String, Float> idf = new HashMap<>();
        for (String term : terms) {
            double chance = (newsFrequency.getOrDefault(term, 0) + LIST_ARTICLES * Math.max(unseen, listChance.getOrDefault(term, 0.0))) / articles;
            double weight = weight(chance);
            if (weight < unknown - 0.005) {
                idf.put(term, (float) (Math.round(weight * 100) / 100.0));
            }
        }
        return new BackgroundStatistics.Table(idf, knownNames, Math.round(unknown * 100) / 100.0);
    }

    private static double weight(double chance) {
        return 1 + Math.log(1 / chance);
    }

    /** Adds the list's terms to {@code counts} and its words to the number of each name key's words; returns the number of words it counts in all. */
    private long read(Path file, String language, Map<String, Long> counts, Map<String, Integer> wordsWithKey) throws IOException {
        Analyzer analyzer = analyzers.forLanguage(language);
        long total = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                int space = line.lastIndexOf(' ');
                if (line.isBlank()) {
                    continue;
                }
                long count;
                try {
                    count = Long.parseLong(line.substring(space + 1).strip());
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    throw new IOException(file + "#" + number + ": expected 'word count', got: " + line);
                }
                String word = line.substring(0, Math.max(0, space)).strip();
                if (word.isEmpty()) {
                    continue;
                }
                total += count;
                for (String stem : AnalyzedTerms.of(analyzer, word)) {
                    counts.merge(ArticleFeatures.TERM + language + ":" + stem, count, Long::sum);
                }
                String key = nameKeys.key(word);
                if (key.length() >= 2) {
                    wordsWithKey.merge(key, 1, Integer::sum);
                }
                Place place = gazetteer.lookupInflected(normalizer.normalize(word));
                if (place != null) {
                    counts.merge(ArticleFeatures.PLACE + place.id(), count, Long::sum);
                }
            }
        }
        return total;
    }
}
