package org.polynews.similarity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.polynews.language.SentenceMarks;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Entity;
import org.polynews.analyze.PlaceMention;
import org.polynews.analyze.StyleProfile;
import org.polynews.analyze.TimeReference;
import org.polynews.analyze.Token;
import org.polynews.analyze.WordTokenizer;
import org.polynews.represent.ArticleFeatures;
import org.polynews.translate.Lexicon;
import org.polynews.translate.Lexicons;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two analysed articles on the seven SemEval-2022 Task 8 dimensions, each from its own signals:
 * geography from places, entities from names (matched across scripts by key), time from publication
 * dates and the days the texts mention, narrative from shared content words (same language) or shared
 * names, places and numbers (across languages), style and tone from measured writing traits.
 */
public final class ArticleComparator {
    /** Key of a country in {@link #placeWeights}, apart from the place of the same code. */
    public static final String COUNTRY = "country:";
    private static final int MAX_KEYS = 25;
    private static final int SHINGLE = 6;
    /** Shared passages marked in each text at most. */
    private static final int PASSAGES_SHOWN = 20;
    /** A fifth of their 5-word passages in common is as much as two independent reports of one event share. */
    private static final double SHARED_PASSAGE_SCALE = 5;
    /** Translated word similarity this high is as strong as it gets across languages (one event in en and ar: 0.28). */
    private static final double TRANSLATED_WORDS_FULL = 0.3;
    /**
     * Letters in a word piece, cut from stems between two spaces that mark a word's start and end (shorter stems are
     * function words and numbers, compared elsewhere): long enough to be specific, short enough to survive inflection.
     */
    private static final int PIECE = 4;
    /** For content words. Measured on the SemEval dev pairs: 1.5 and 2 agree better with the judges than 1 (0.5 worse); 1.5 is the milder. */
    private static final double IDF_POWER = 1.5;

    /** Articles whose weights are kept: a new article meets its candidates, and recent articles recur as candidates. */
    private static final int WEIGHTS_KEPT = 1024;

    private final WordTokenizer tokenizer;
    private final SimilarityModel model;
    private final Lexicons lexicons;
    /**
     * Each article's weights (words, word pieces, names, possible names, places), computed once however many articles it
     * is compared with (a third of grouping's time went to looking up the same weights again). Keyed by id, whose hash
     * is cheap (a features record hashes all it holds, at each access of the cache), and kept only for the very features
     * object it was made from: the store hands out one per cached article, and an article re-analysed keeps its id.
     */
    private final Cache<String, Weights> weights = Caffeine.newBuilder().maximumSize(WEIGHTS_KEPT).executor(Runnable::run).build();

    /**
     * One article's weights under some term statistics: words, word pieces and words through English (null without a
     * lexicon) as sparse vectors, names and places with the squared norm of places, its passage fingerprint as a set,
     * its weightiest names and its headline's words (making them again for each comparison cost a third of grouping's time).
     */
    private record Weights(ArticleFeatures features, TermStatistics stats, SparseVector words, SparseVector pieces, SparseVector english,
                           Map<String, Double> names, Map<String, Double> possibleNames, Map<String, Double> places,
                           double placesNorm, Set<String> minHash, Map<String, Double> topNames, Set<String> headline) {
    }

    public ArticleComparator(WordTokenizer tokenizer, SimilarityModel model) {
        this(tokenizer, model, Lexicons.NONE);
    }

    /** @param lexicons bilingual dictionaries for comparing words across languages (may be {@link Lexicons#NONE}) */
    public ArticleComparator(WordTokenizer tokenizer, SimilarityModel model, Lexicons lexicons) {
        this.tokenizer = tokenizer;
        this.model = model;
        this.lexicons = lexicons;
    }

    /** The seven scores with the evidence for each. */
    public Comparison compare(AnalyzedArticle a, ArticleFeatures fa, AnalyzedArticle b, ArticleFeatures fb, TermStatistics stats) {
        return compare(a, fa, b, fb, stats, true, Double.NaN);
    }

    /**
     * The seven scores with evidence, using {@code dense} — the cosine of both articles' sentence-encoder
     * vectors — where the model has weights for it (NaN: none).
     */
    public Comparison compare(AnalyzedArticle a, ArticleFeatures fa, AnalyzedArticle b, ArticleFeatures fb, TermStatistics stats, double dense) {
        return compare(a, fa, b, fb, stats, true, dense);
    }

    /**
     * The seven scores without evidence (empty lists): what clustering needs, without the passage
     * search and text formatting it would throw away.
     */
    public Comparison score(AnalyzedArticle a, ArticleFeatures fa, AnalyzedArticle b, ArticleFeatures fb, TermStatistics stats) {
        return compare(a, fa, b, fb, stats, false, Double.NaN);
    }

    /** The measured similarities behind the scores, for training a model. */
    public PairSignals signals(AnalyzedArticle a, ArticleFeatures fa, AnalyzedArticle b, ArticleFeatures fb, TermStatistics stats) {
        return measure(a, fa, b, fb, stats, null).signals();
    }

    /**
     * Signals plus what the event score and the evidence need.
     *
     * @param translated whether words were compared across languages through a lexicon
     */
    private record Measured(PairSignals signals, Map<String, Double> namesA, Map<String, Double> namesB, Long daysApart, boolean translated) {
    }

    /**
     * @param evidence where the time, style and tone measurements put their explanations; null when no
     *                 explanation is wanted
     */
    private Measured measure(AnalyzedArticle a, ArticleFeatures fa, AnalyzedArticle b, ArticleFeatures fb, TermStatistics stats,
                             Map<Dimension, List<String>> evidence) {
        boolean sameLanguage = a.language().equals(b.language());
        // Entities: names, and in caseless scripts the candidate words that match a name.
        Weights weightsA = weights(a, fa, stats);
        Weights weightsB = weights(b, fb, stats);
        Map<String, Double> namesA = effectiveNames(weightsA, fb, stats);
        Map<String, Double> namesB = effectiveNames(weightsB, fa, stats);
        double entities = weightedCosine(namesA, namesB);
        // Geography: places, and their countries at half weight.
        double geography = weightedCosine(weightsA.places(), weightsA.placesNorm(), weightsB.places(), weightsB.placesNorm());
        Long daysApart = fa.published() != null && fb.published() != null
                ? Math.abs(ChronoUnit.DAYS.between(fa.published(), fb.published())) : null;
        double time = timeSimilarity(fa, fb, daysApart, explanation(evidence, Dimension.TIME));
        boolean translated = !sameLanguage && translatable(fa.language()) && translatable(fb.language());
        double words = translated ? weightsA.english().cosine(weightsB.english()) : weightsA.words().cosine(weightsB.words());
        double subwords = weightsA.pieces().cosine(weightsB.pieces());
        double numbers = overlap(fa.numbers(), fb.numbers());
        double passages = nearCopy(weightsA.minHash(), fa.minHash().size(), fb.minHash());
        double style = styleSimilarity(a.style(), b.style(), sameLanguage, explanation(evidence, Dimension.STYLE));
        double tone = toneSimilarity(a.style(), b.style(), explanation(evidence, Dimension.TONE));
        double voice = voiceSimilarity(a.style(), b.style(), explanation(evidence, Dimension.STYLE));
        double length = Math.min(a.style().words(), b.style().words()) / (double) Math.max(1, Math.max(a.style().words(), b.style().words()));
        double headline = headlineOverlap(weightsA.headline(), weightsB.headline());
        long sharedNames = namesA.keySet().stream().filter(namesB::containsKey).count();
        return new Measured(new PairSignals(words, entities, geography, time, numbers, passages, style, tone, sameLanguage ? 1 : 0, length,
                headline, Math.min(1, sharedNames / 5.0), overlap(periods(a), periods(b)), subwords, voice),
                namesA, namesB, daysApart, translated);
    }

    private Comparison compare(AnalyzedArticle a, ArticleFeatures fa, AnalyzedArticle b, ArticleFeatures fb, TermStatistics stats,
                               boolean explain, double dense) {
        Map<Dimension, List<String>> evidence = new EnumMap<>(Dimension.class);
        Measured m = measure(a, fa, b, fb, stats, explain ? evidence : null);
        PairSignals s = m.signals();
        boolean sameLanguage = s.sameLanguage() > 0;
        Map<Dimension, Double> scores = model.predict(s, dense);
        if (a.id().equals(b.id())) {
            sameText(scores, m.daysApart() != null);
        }
        SharedEvidence shared = SharedEvidence.NONE;
        if (explain) {
            List<String> passagesInFirst = sameLanguage ? sharedPassages(a.article().text(), b.article().text(), PASSAGES_SHOWN) : List.of();
            List<String> passagesInSecond = sameLanguage ? sharedPassages(b.article().text(), a.article().text(), PASSAGES_SHOWN) : List.of();
            Map<String, String> displayA = displayNames(a);
            Map<String, String> displayB = displayNames(b);
            shared = new SharedEvidence(sharedNames(displayA, displayB, m.namesA(), m.namesB()), sharedPlaces(a, b), passagesInFirst, passagesInSecond);
            evidence.put(Dimension.ENTITIES, entityEvidence(displayA, displayB, m.namesA(), m.namesB(), shared.names()));
            evidence.put(Dimension.GEOGRAPHY, placeEvidence(a, b, shared.places()));
            evidence.put(Dimension.NARRATIVE, narrativeEvidence(a, b, fa, fb, sameLanguage, m.translated(), s, passagesInFirst));
            if (!Double.isNaN(dense)) {
                String used = model.withDense() != null ? "" : " (not used: no weights fitted for it)";
                evidence.get(Dimension.NARRATIVE).add(String.format(Locale.ROOT, "sentence vectors (%s): cosine %.2f%s", model.encoder() == null ? "model" : model.encoder(), dense, used));
            }
            evidence.put(Dimension.OVERALL, List.of(String.format(Locale.ROOT,
                    "from the measured similarities: words %.2f, word pieces %.2f, entities %.2f, places %.2f, time %.2f, numbers %.2f, shared passages %.2f, style %.2f, tone %.2f",
                    s.words(), s.subwords(), s.entities(), s.geography(), s.time(), s.numbers(), s.passages(), s.style(), s.tone())));
        }

        // Who and where tell the story; what happened tells the event: within one language the words and the
        // passages both reports share (the same statements quoted) weigh most. Across languages only names,
        // places and numbers can be compared.
        double eventScore = sameLanguage
                ? 0.6 * s.words() + 0.15 * s.entities() + 0.1 * s.geography() + 0.15 * Math.min(1, SHARED_PASSAGE_SCALE * s.passages())
                : 0.6 * s.entities() + 0.25 * s.geography() + 0.15 * s.numbers();
        if (m.translated()) {
            // words compared through a dictionary tell the happening too, where names alone may not (caseless scripts)
            eventScore = Math.max(eventScore, 0.5 * Math.min(1, s.words() / TRANSLATED_WORDS_FULL) + 0.3 * s.entities() + 0.2 * s.geography());
        }

        List<DimensionScore> dims = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            double score = Math.round(scores.get(d) * 100) / 100.0;
            dims.add(new DimensionScore(d, score, round((4 - score) / 3), evidence.getOrDefault(d, List.of())));
        }
        return new Comparison(a.id(), b.id(), sameLanguage, dims, round(eventScore), m.daysApart(), round(s.passages()), s, shared);
    }

    /**
     * One text compared with itself is as similar as it gets on what it reports: the fitted model, a regression to
     * judges who never saw a text twice, would give it the score of a very close pair instead. Time only when the
     * article is dated (otherwise nothing says when it happened).
     */
    private static void sameText(Map<Dimension, Double> scores, boolean dated) {
        for (Dimension d : List.of(Dimension.GEOGRAPHY, Dimension.ENTITIES, Dimension.NARRATIVE, Dimension.OVERALL, Dimension.STYLE, Dimension.TONE)) {
            scores.put(d, 1.0);
        }
        if (dated) {
            scores.put(Dimension.TIME, 1.0);
        }
    }

    /** The months ("2017-05") and years ("2017") an article refers to or was published in. */
    private static Set<String> periods(AnalyzedArticle a) {
        Set<String> out = new HashSet<>();
        for (TimeReference t : a.times()) {
            if (t.date() != null) {
                out.add(String.valueOf(t.date().getYear()));
                if (t.granularity() != TimeReference.Granularity.YEAR) {
                    out.add(t.date().getYear() + "-" + t.date().getMonthValue());
                }
            }
        }
        LocalDate published = a.article().published();
        if (published != null) {
            out.add(String.valueOf(published.getYear()));
            out.add(published.getYear() + "-" + published.getMonthValue());
        }
        return out;
    }

    /** A fresh list for {@code dimension}'s explanation in {@code evidence}, or null when none is wanted. */
    private static List<String> explanation(Map<Dimension, List<String>> evidence, Dimension dimension) {
        return evidence == null ? null : evidence.computeIfAbsent(dimension, d -> new ArrayList<>());
    }

    /** Jaccard overlap of the headlines' lower-cased words (names and numbers match across languages too). */
    private static double headlineOverlap(Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        long shared = wa.stream().filter(wb::contains).count();
        return shared / (double) (wa.size() + wb.size() - shared);
    }

    private Set<String> headlineWords(String title) {
        Set<String> words = new HashSet<>();
        if (title == null) {
            return words;
        }
        for (Token t : tokenizer.tokenize(title)) {
            if (t.text().length() >= 3) {
                words.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    // ---- entities -------------------------------------------------------------------------------------

    /** The article's names, and its possible names that the other article names or that are known as names. */
    private static Map<String, Double> effectiveNames(Weights self, ArticleFeatures other, TermStatistics stats) {
        if (self.possibleNames().isEmpty()) {
            return self.topNames();
        }
        Map<String, Double> weights = new HashMap<>(self.names());
        self.possibleNames().forEach((k, w) -> {
            if (other.names().containsKey(k) || stats.isKnownName(k)) {
                weights.merge(k, w, Math::max);
            }
        });
        return top(weights, MAX_KEYS);
    }

    /** Log-damped mentions times IDF. */
    public static double weight(int mentions, double idf) {
        return (1 + Math.log(mentions)) * idf;
    }

    /** A content word's weight: its IDF sharpened, since a rare shared word says "same story" more than plain IDF lets it. */
    private static double wordWeight(int mentions, double idf) {
        return weight(mentions, Math.pow(idf, IDF_POWER));
    }

    private static Map<String, Double> top(Map<String, Double> weights, int n) {
        if (weights.size() <= n) {
            return weights;
        }
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Names both articles mention, one entry per name of the first article. */
    private static List<SharedEvidence.Shared> sharedNames(Map<String, String> displayA, Map<String, String> displayB,
                                                           Map<String, Double> namesA, Map<String, Double> namesB) {
        Map<String, SharedEvidence.Shared> shared = new LinkedHashMap<>();
        for (String key : sortedKeys(namesA)) {
            String name = displayA.getOrDefault(key, displayB.get(key));
            if (name != null && namesB.containsKey(key)) {
                String other = displayB.getOrDefault(key, name);
                shared.putIfAbsent(name, new SharedEvidence.Shared(name, name, other));
            }
        }
        return List.copyOf(shared.values());
    }

    /** @param displayA each name key of the first article and the name it stands for (likewise displayB) */
    private static List<String> entityEvidence(Map<String, String> displayA, Map<String, String> displayB,
                                               Map<String, Double> namesA, Map<String, Double> namesB, List<SharedEvidence.Shared> shared) {
        // One person has several keys (full name, surname): shared through any of them is shared.
        Set<String> sharedInA = new HashSet<>();
        Set<String> sharedInB = new HashSet<>();
        shared.forEach(n -> {
            sharedInA.add(n.inFirst());
            sharedInB.add(n.inSecond());
        });
        List<String> onlyA = new ArrayList<>();
        for (String key : sortedKeys(namesA)) {
            String name = displayA.get(key);
            if (name != null && !namesB.containsKey(key) && !sharedInA.contains(name)) {
                onlyA.add(name);
            }
        }
        List<String> onlyB = new ArrayList<>();
        for (String key : sortedKeys(namesB)) {
            String name = displayB.get(key);
            if (name != null && !namesA.containsKey(key) && !sharedInB.contains(name)) {
                onlyB.add(name);
            }
        }
        return evidence("shared names", distinct(shared.stream().map(SharedEvidence.Shared::shown).toList()),
                "only in first", distinct(onlyA), "only in second", distinct(onlyB));
    }

    private static Map<String, String> displayNames(AnalyzedArticle article) {
        Map<String, String> names = new HashMap<>();
        for (Entity e : article.entities()) {
            for (String key : e.keys()) {
                names.putIfAbsent(key, e.name());
            }
        }
        return names;
    }

    // ---- geography ------------------------------------------------------------------------------------

    /** Places by their ids, and their countries as {@link #COUNTRY} + code at half weight. */
    public static Map<String, Double> placeWeights(ArticleFeatures f, TermStatistics stats) {
        Map<String, Double> weights = new HashMap<>();
        f.places().forEach((id, n) -> weights.put(id, weight(n, stats.idf(ArticleFeatures.PLACE + id))));
        f.countries().forEach((code, n) -> weights.merge(COUNTRY + code, 0.5 * weight(n, stats.idf(ArticleFeatures.PLACE + code)), Double::sum));
        return weights;
    }

    private static List<SharedEvidence.Shared> sharedPlaces(AnalyzedArticle a, AnalyzedArticle b) {
        Map<String, PlaceMention> inB = new HashMap<>();
        b.places().forEach(p -> inB.put(p.place().id(), p));
        List<SharedEvidence.Shared> shared = new ArrayList<>();
        for (PlaceMention p : byMentions(a.places())) {
            PlaceMention other = inB.get(p.place().id());
            if (other != null) {
                shared.add(new SharedEvidence.Shared(p.place().name(), p.surface(), other.surface()));
            }
        }
        return shared;
    }

    private static List<String> placeEvidence(AnalyzedArticle a, AnalyzedArticle b, List<SharedEvidence.Shared> shared) {
        Set<String> inA = new HashSet<>();
        a.places().forEach(p -> inA.add(p.place().id()));
        Set<String> inB = new HashSet<>();
        b.places().forEach(p -> inB.add(p.place().id()));
        List<String> onlyA = byMentions(a.places()).stream().filter(p -> !inB.contains(p.place().id())).map(p -> p.place().name()).toList();
        List<String> onlyB = byMentions(b.places()).stream().filter(p -> !inA.contains(p.place().id())).map(p -> p.place().name()).toList();
        List<String> shown = shared.stream()
                .map(p -> p.name() + (p.inFirst().equals(p.inSecond()) ? "" : " (" + p.inFirst() + " / " + p.inSecond() + ")"))
                .toList();
        return evidence("shared places", shown, "only in first", onlyA, "only in second", onlyB);
    }

    private static List<PlaceMention> byMentions(List<PlaceMention> places) {
        return places.stream().sorted(Comparator.comparingInt(PlaceMention::mentions).reversed()).toList();
    }

    // ---- time -----------------------------------------------------------------------------------------

    /** {@code evidence} is null when no explanation is wanted. */
    private static double timeSimilarity(ArticleFeatures a, ArticleFeatures b, Long daysApart, List<String> evidence) {
        double best = -1;
        if (daysApart != null) {
            best = 1.0 / (1.0 + daysApart / 3.0);
            if (evidence != null) {
                evidence.add("published " + a.published() + " and " + b.published() + ": " + daysApart + " days apart");
            }
        } else if (evidence != null) {
            evidence.add("publication date unknown for " + (a.published() == null && b.published() == null ? "both" : a.published() == null ? "the first" : "the second"));
        }
        List<LocalDate> shared = new ArrayList<>();
        for (LocalDate d : a.days()) {
            for (LocalDate e : b.days()) {
                if (Math.abs(ChronoUnit.DAYS.between(d, e)) <= 1) {
                    shared.add(d);
                    break;
                }
            }
        }
        if (!a.days().isEmpty() && !b.days().isEmpty()) {
            double refs = shared.size() / (double) Math.min(a.days().size(), b.days().size());
            best = Math.max(best, refs);
            if (evidence != null && !shared.isEmpty()) {
                evidence.add("both refer to " + shared.stream().map(LocalDate::toString).distinct().limit(5).collect(Collectors.joining(", ")));
            }
        }
        return best < 0 ? 0.5 : best;
    }

    // ---- narrative ------------------------------------------------------------------------------------

    /** Whether this language's words can be compared through English: English itself, or a lexicon to it. */
    private boolean translatable(String language) {
        return Lexicon.ENGLISH.equals(language) || lexicons.toEnglish(language).isPresent();
    }

    /**
     * Term weights with each stem the article's lexicon knows replaced by its English translations (each at
     * full weight); the others keep their weight in {@code termWeights}.
     */
    private Map<String, Double> englishWeights(ArticleFeatures f, Map<String, Double> termWeights, TermStatistics stats) {
        Lexicon lexicon = lexicons.toEnglish(f.language()).orElse(null);
        if (lexicon == null) {
            return termWeights;
        }
        Map<String, Double> weights = new HashMap<>();
        f.terms().forEach((stem, n) -> {
            List<String> english = lexicon.english(stem);
            if (english == null) {
                weights.merge(stem, termWeights.get(stem), Double::sum);
            } else {
                english.forEach(e -> weights.merge(e, wordWeight(n, stats.idf(ArticleFeatures.TERM + Lexicon.ENGLISH + ":" + e)), Double::sum));
            }
        });
        return weights;
    }

    /** Computes and keeps the article's weights ahead of comparing it with many articles at once. */
    public void prepare(AnalyzedArticle a, ArticleFeatures f, TermStatistics stats) {
        weights(a, f, stats);
    }

    private Weights weights(AnalyzedArticle a, ArticleFeatures f, TermStatistics stats) {
        Weights known = weights.getIfPresent(f.id());
        if (known != null && known.features() == f && known.stats() == stats) {
            return known;
        }
        Map<String, Double> words = termWeights(f, stats);
        Map<String, Double> names = new HashMap<>();
        f.names().forEach((k, n) -> names.put(k, weight(n, stats.idf(ArticleFeatures.NAME + k))));
        Map<String, Double> possibleNames = new HashMap<>();
        f.candidates().forEach((k, n) -> possibleNames.put(k, weight(n, stats.idf(ArticleFeatures.NAME + k))));
        Map<String, Double> places = placeWeights(f, stats);
        SparseVector wordVector = SparseVector.of(words);
        // through English: the words themselves in English, their translations where a lexicon has them, none otherwise
        SparseVector english = lexicons.toEnglish(f.language()).isPresent() ? SparseVector.of(englishWeights(f, words, stats))
                : translatable(f.language()) ? wordVector : null;
        Weights computed = new Weights(f, stats, wordVector, SparseVector.ofPieces(words, PIECE), english,
                Collections.unmodifiableMap(names), Collections.unmodifiableMap(possibleNames), Collections.unmodifiableMap(places),
                squaredNorm(places), Set.copyOf(f.minHash()), Collections.unmodifiableMap(top(new HashMap<>(names), MAX_KEYS)),
                headlineWords(a.article().title()));
        weights.put(f.id(), computed);
        return computed;
    }

    private static Map<String, Double> termWeights(ArticleFeatures f, TermStatistics stats) {
        Map<String, Double> weights = new HashMap<>();
        f.terms().forEach((t, n) -> weights.put(t, wordWeight(n, stats.idf(ArticleFeatures.TERM + f.language() + ":" + t))));
        return weights;
    }

    private List<String> narrativeEvidence(AnalyzedArticle a, AnalyzedArticle b, ArticleFeatures fa, ArticleFeatures fb,
                                           boolean sameLanguage, boolean translated, PairSignals s, List<String> passages) {
        List<String> out = new ArrayList<>();
        double words = s.words();
        if (sameLanguage) {
            out.add(String.format(Locale.ROOT, "content-word similarity %.2f", words));
            List<String> sharedWords = a.keywords().stream().filter(k -> b.keywords().contains(k)).limit(8).toList();
            if (!sharedWords.isEmpty()) {
                out.add("shared keywords: " + String.join(", ", sharedWords));
            }
            passages.stream().limit(3).forEach(passage -> out.add("overlapping passage: \"" + shortened(passage) + "\""));
        } else {
            out.add(translated
                    ? String.format(Locale.ROOT, "different languages (%s, %s): content words compared through English with FreeDict dictionaries, similarity %.2f",
                            a.language(), b.language(), words)
                    : "different languages (" + a.language() + ", " + b.language() + "): compared through names, places and numbers");
        }
        out.add(String.format(Locale.ROOT, "word-piece similarity %.2f (%d-letter pieces of content words: inflected forms, names and cognates)",
                s.subwords(), PIECE));
        Set<String> numbers = new HashSet<>(fa.numbers());
        numbers.retainAll(fb.numbers());
        if (!numbers.isEmpty()) {
            out.add("shared numbers: " + numbers.stream().sorted().limit(8).collect(Collectors.joining(", ")));
        }
        return out;
    }

    /** Sentences of the first text that share a run of six words with the second. */
    List<String> sharedPassages(String first, String second, int limit) {
        Set<String> shingles = new HashSet<>();
        List<Token> tb = tokenizer.tokenize(second);
        for (int i = 0; i + SHINGLE <= tb.size(); i++) {
            shingles.add(shingle(tb, i));
        }
        List<String> passages = new ArrayList<>();
        for (String sentence : first.split("(?<=[" + SentenceMarks.END + "])\\s+|\\n+")) {
            List<Token> ts = tokenizer.tokenize(sentence);
            for (int i = 0; i + SHINGLE <= ts.size(); i++) {
                if (shingles.contains(shingle(ts, i))) {
                    passages.add(sentence.strip());
                    break;
                }
            }
            if (passages.size() >= limit) {
                break;
            }
        }
        return passages;
    }

    private static String shortened(String passage) {
        return passage.length() > 200 ? passage.substring(0, 197) + "…" : passage;
    }

    private static String shingle(List<Token> tokens, int from) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + SHINGLE; i++) {
            s.append(tokens.get(i).text().toLowerCase(Locale.ROOT)).append(' ');
        }
        return s.toString();
    }

    // ---- style and tone -------------------------------------------------------------------------------

    /** Personal voice: a gap of four first- or second-person pronouns per 100 words is as different as it gets. */
    private static double voiceSimilarity(StyleProfile a, StyleProfile b, List<String> evidence) {
        if (evidence != null && Math.max(a.personalPerHundred(), b.personalPerHundred()) > 0) {
            evidence.add(String.format(Locale.ROOT, "personal voice (I, we, you) %.1f vs %.1f per 100 words", a.personalPerHundred(), b.personalPerHundred()));
        }
        return 1 - Math.min(1, Math.abs(a.personalPerHundred() - b.personalPerHundred()) / 4);
    }

    private static double styleSimilarity(StyleProfile a, StyleProfile b, boolean sameLanguage, List<String> evidence) {
        double length = 1 - Math.min(1, Math.abs(Math.log((a.words() + 20.0) / (b.words() + 20.0))) / Math.log(8));
        double sentences = 1 - Math.min(1, Math.abs(a.wordsPerSentence() - b.wordsPerSentence()) / 25.0);
        double quotes = 1 - Math.min(1, Math.abs(a.quotedShare() - b.quotedShare()) / 0.4);
        double numbers = 1 - Math.min(1, Math.abs(a.numbersPerHundred() - b.numbersPerHundred()) / 5.0);
        if (evidence != null) {
            evidence.add(String.format(Locale.ROOT, "length %d vs %d words", a.words(), b.words()));
            evidence.add(String.format(Locale.ROOT, "sentence length %.1f vs %.1f words", a.wordsPerSentence(), b.wordsPerSentence()));
            evidence.add(String.format(Locale.ROOT, "quoted text %.0f%% vs %.0f%%", 100 * a.quotedShare(), 100 * b.quotedShare()));
            evidence.add(String.format(Locale.ROOT, "numbers %.1f vs %.1f per 100 words", a.numbersPerHundred(), b.numbersPerHundred()));
            if (!sameLanguage) {
                evidence.add("different languages");
            }
        }
        double traits = 0.35 * length + 0.3 * sentences + 0.2 * quotes + 0.15 * numbers;
        return sameLanguage ? traits : 0.8 * traits;
    }

    private static double toneSimilarity(StyleProfile a, StyleProfile b, List<String> evidence) {
        double quotes = 1 - Math.min(1, Math.abs(a.quotedShare() - b.quotedShare()) / 0.4);
        double questions = 1 - Math.min(1, Math.abs(a.questions() - b.questions()) / 20.0);
        double exclamations = 1 - Math.min(1, Math.abs(a.exclamations() - b.exclamations()) / 20.0);
        if (evidence != null) {
            evidence.add(String.format(Locale.ROOT, "questions %.0f vs %.0f, exclamations %.0f vs %.0f per 100 sentences",
                    a.questions(), b.questions(), a.exclamations(), b.exclamations()));
            evidence.add(String.format(Locale.ROOT, "quoted voices %.0f%% vs %.0f%% of the text", 100 * a.quotedShare(), 100 * b.quotedShare()));
        }
        return 0.5 * quotes + 0.25 * questions + 0.25 * exclamations;
    }

    // ---- shared helpers -------------------------------------------------------------------------------

    /** Cosine of two sparse weighted vectors; 0 when either is empty. */
    public static double weightedCosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = dot(a, b);
        return dot == 0 ? 0 : dot / Math.sqrt(squaredNorm(a) * squaredNorm(b));
    }

    /** {@link #weightedCosine} with both {@link #squaredNorm}s known. */
    private static double weightedCosine(Map<String, Double> a, double squaredNormA, Map<String, Double> b, double squaredNormB) {
        double dot = dot(a, b);
        return dot == 0 ? 0 : dot / Math.sqrt(squaredNormA * squaredNormB);
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        // the hot loop of clustering: walk the smaller map
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /** The sum of the squared weights. */
    public static double squaredNorm(Map<String, Double> weights) {
        double sum = 0;
        for (double v : weights.values()) {
            sum += v * v;
        }
        return sum;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) Math.min(a.size(), b.size());
    }

    static double nearCopy(List<String> a, List<String> b) {
        return nearCopy(new HashSet<>(a), a.size(), b);
    }

    /** @param sizeA how many fingerprint values the set {@code a} came from */
    private static double nearCopy(Set<String> a, int sizeA, List<String> b) {
        if (sizeA < 8 || b.size() < 8) {
            return 0;
        }
        long shared = b.stream().filter(a::contains).count();
        return shared / (double) Math.max(sizeA, b.size());
    }

    private static List<String> sortedKeys(Map<String, Double> weights) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().limit(12).toList();
    }

    private static List<String> evidence(String l1, List<String> v1, String l2, List<String> v2, String l3, List<String> v3) {
        List<String> out = new ArrayList<>();
        out.add(l1 + ": " + (v1.isEmpty() ? "none" : String.join(", ", v1)));
        if (!v2.isEmpty()) {
            out.add(l2 + ": " + String.join(", ", v2));
        }
        if (!v3.isEmpty()) {
            out.add(l3 + ": " + String.join(", ", v3));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
