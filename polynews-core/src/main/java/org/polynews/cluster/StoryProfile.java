package org.polynews.cluster;

import org.polynews.analyze.Entity;
import org.polynews.analyze.PlaceMention;
import org.polynews.analyze.StableMaps;
import org.polynews.represent.ArticleFeatures;
import org.polynews.similarity.ArticleComparator;
import org.polynews.similarity.TermStatistics;
import org.polynews.store.StoredArticle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a storyline (or one article) is about: its names, places and words, each weighted, and the span of its
 * publication dates. Each article counts once (its names, places and words each have length one); older
 * articles fade when newer ones arrive ({@link #FADE_DAYS}), so a thread is judged by what it is about lately.
 * Kept to the strongest {@link #KEEP} names, places and words, so a storyline's profile stays small however
 * long it runs.
 *
 * @param names      name keys of names the articles wrote as names
 * @param candidates name keys of words in scripts without capitals that may be names ({@code ترامب}): they count only
 *                   where the other side of a comparison names them ({@link #fit}), since most are common words whose
 *                   consonants a name happens to share, and would drown the few real names of the article
 * @param places   place ids, and countries as {@code country:CODE} at half weight
 * @param words    content-word stems as {@code language:stem}
 * @param labels   how a name key or place id reads ("Vladimir Putin", "Moscow"), for explanations
 * @param first    earliest publication date, or null when no article is dated
 * @param last     latest publication date, or null
 * @param articles how many articles it sums up
 */
public record StoryProfile(Map<String, Double> names, Map<String, Double> candidates, Map<String, Double> places,
                           Map<String, Double> words, Map<String, String> labels, LocalDate first, LocalDate last, int articles) {
    /** Days after which an article's weight in a profile has faded to 1/e, counted back from the newest article. */
    static final double FADE_DAYS = 120;
    static final int KEEP = 60;
    private static final String COUNTRY = ArticleComparator.COUNTRY;

    public StoryProfile {
        names = StableMaps.copyOf(names);
        candidates = candidates == null ? Map.of() : StableMaps.copyOf(candidates); // absent from groupings saved before
        places = StableMaps.copyOf(places);
        words = StableMaps.copyOf(words);
        labels = StableMaps.copyOf(labels);
    }

    /** One article's profile, weighted like the comparison weighs it (log mentions times background IDF). */
    public static StoryProfile of(StoredArticle article, TermStatistics stats) {
        ArticleFeatures f = article.features();
        Map<String, Double> names = new HashMap<>();
        f.names().forEach((k, n) -> names.put(k, ArticleComparator.weight(n, stats.idf(ArticleFeatures.NAME + k))));
        Map<String, Double> candidates = new HashMap<>();
        f.candidates().forEach((k, n) -> {
            if (stats.isKnownName(k) && !names.containsKey(k)) {
                candidates.put(k, ArticleComparator.weight(n, stats.idf(ArticleFeatures.NAME + k)));
            }
        });
        Map<String, Double> places = ArticleComparator.placeWeights(f, stats);
        Map<String, Double> words = new HashMap<>();
        f.terms().forEach((t, n) -> words.put(f.language() + ":" + t, ArticleComparator.weight(n, stats.idf(ArticleFeatures.TERM + f.language() + ":" + t))));
        Map<String, String> labels = new HashMap<>();
        for (Entity e : article.analysis().entities()) {
            e.keys().forEach(k -> labels.putIfAbsent(k, e.name()));
        }
        for (PlaceMention p : article.analysis().places()) {
            labels.putIfAbsent(p.place().id(), p.place().name());
            labels.putIfAbsent(COUNTRY + p.place().country(), new Locale("", p.place().country()).getDisplayCountry(Locale.ENGLISH));
        }
        LocalDate published = f.published();
        Map<String, Double> keptNames = top(names);
        Map<String, Double> keptCandidates = top(candidates);
        double nameNorm = norm(keptNames, keptCandidates);
        return new StoryProfile(scaled(keptNames, nameNorm), scaled(keptCandidates, nameNorm), unit(top(places)), unit(top(words)),
                labels, published, published, 1);
    }

    /** This profile with another's articles added; the older side fades by the days between their newest articles. */
    public StoryProfile plus(StoryProfile other) {
        double mine = 1;
        double theirs = 1;
        if (last != null && other.last != null) {
            long days = ChronoUnit.DAYS.between(last, other.last);
            if (days > 0) {
                mine = Math.exp(-days / FADE_DAYS);
            } else {
                theirs = Math.exp(days / FADE_DAYS);
            }
        }
        Map<String, String> allLabels = new HashMap<>(labels);
        other.labels.forEach(allLabels::putIfAbsent);
        Map<String, Double> n = top(sum(names, mine, other.names, theirs));
        Map<String, Double> c = top(sum(candidates, mine, other.candidates, theirs));
        Map<String, Double> p = top(sum(places, mine, other.places, theirs));
        Map<String, Double> w = top(sum(words, mine, other.words, theirs));
        allLabels.keySet().retainAll(union(n.keySet(), p.keySet()));
        return new StoryProfile(n, c, p, w, allLabels, earlier(first, other.first), later(last, other.last), articles + other.articles);
    }

    /**
     * How well {@code other} (an event, or another storyline) continues this storyline: cosines of their names,
     * places and, where they share a language, words; and what they share. Each side's possible names count where
     * the other side wrote them as names; where both sides have possible names, all of them count if that fits better
     * (most possible names are common words: counted on one side only, they drown its few real names).
     */
    public StoryFit fit(StoryProfile other) {
        Set<String> languages = languages(words.keySet());
        languages.retainAll(languages(other.words.keySet()));
        // where both sides have possible names (a caseless script on each), the same word on each is a clue however common
        boolean allCandidates = !candidates.isEmpty() && !other.candidates.isEmpty();
        Map<String, Double> names = namesMeeting(other, allCandidates);
        Map<String, Double> otherNames = other.namesMeeting(this, allCandidates);
        double nameCosine = ArticleComparator.weightedCosine(names, otherNames);
        double placeCosine = ArticleComparator.weightedCosine(places, other.places);
        double wordCosine = languages.isEmpty() ? Double.NaN
                : ArticleComparator.weightedCosine(inLanguages(words, languages), inLanguages(other.words, languages));
        return new StoryFit(nameCosine, placeCosine, wordCosine, daysApart(other), shared(names, otherNames, labels, other.labels, false),
                shared(places, other.places, labels, other.labels, true), shared(words, other.words, Map.of(), Map.of(), true));
    }

    /** The names, with those of the possible names that {@code other} wrote as names, or all possible names. */
    private Map<String, Double> namesMeeting(StoryProfile other, boolean allCandidates) {
        Map<String, Double> out = new HashMap<>(names);
        candidates.forEach((k, v) -> {
            if (allCandidates || other.names.containsKey(k)) {
                out.merge(k, v, Double::sum);
            }
        });
        return out;
    }

    /** Days between this profile's span and another's; 0 when they overlap, null when either is undated. */
    public Long daysApart(StoryProfile other) {
        if (first == null || other.first == null) {
            return null;
        }
        if (other.last.isBefore(first)) {
            return ChronoUnit.DAYS.between(other.last, first);
        }
        return other.first.isAfter(last) ? ChronoUnit.DAYS.between(last, other.first) : 0L;
    }

    private static Map<String, Double> sum(Map<String, Double> a, double fa, Map<String, Double> b, double fb) {
        Map<String, Double> out = new HashMap<>();
        a.forEach((k, v) -> out.put(k, v * fa));
        b.forEach((k, v) -> out.merge(k, v * fb, Double::sum));
        return out;
    }

    private static Map<String, Double> top(Map<String, Double> weights) {
        if (weights.size() <= KEEP) {
            return weights;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEEP)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, Double> unit(Map<String, Double> weights) {
        return scaled(weights, norm(weights, Map.of()));
    }

    /** The length of the vector both maps make together. */
    private static double norm(Map<String, Double> a, Map<String, Double> b) {
        return Math.sqrt(ArticleComparator.squaredNorm(a) + ArticleComparator.squaredNorm(b));
    }

    private static Map<String, Double> scaled(Map<String, Double> weights, double norm) {
        if (norm == 0) {
            return weights;
        }
        Map<String, Double> out = new HashMap<>();
        weights.forEach((k, v) -> out.put(k, v / norm));
        return out;
    }

    private static Set<String> languages(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.substring(0, w.indexOf(':'))));
        return out;
    }

    private static Map<String, Double> inLanguages(Map<String, Double> words, Set<String> languages) {
        Map<String, Double> out = new HashMap<>();
        words.forEach((w, v) -> {
            if (languages.contains(w.substring(0, w.indexOf(':')))) {
                out.put(w, v);
            }
        });
        return out;
    }

    /**
     * The keys both weigh, strongest first (by the smaller of the two weights), as they read; a name key no article
     * wrote as a name (a caseless-script word known as a name) is left out unless {@code unlabelled} allows it.
     */
    private static List<String> shared(Map<String, Double> a, Map<String, Double> b, Map<String, String> labelsA, Map<String, String> labelsB,
                                       boolean unlabelled) {
        return a.entrySet().stream()
                .filter(e -> b.containsKey(e.getKey()))
                .filter(e -> unlabelled || labelsA.containsKey(e.getKey()) || labelsB.containsKey(e.getKey()))
                .sorted((x, y) -> Double.compare(Math.min(y.getValue(), b.get(y.getKey())), Math.min(x.getValue(), b.get(x.getKey()))))
                .map(Map.Entry::getKey)
                .map(k -> labelsA.getOrDefault(k, labelsB.getOrDefault(k, readable(k))))
                .distinct()
                .limit(StoryFit.SHOWN)
                .toList();
    }

    /** A word key without its language, a country key as its code. */
    private static String readable(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(colon + 1);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** The earlier of two dates, either of which may be unknown (null). */
    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** The later of two dates, either of which may be unknown (null). */
    static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
