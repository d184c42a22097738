package org.polynews.cluster;

import org.polynews.store.ArticleDigest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a story's blindspots ({@link Coverage.Blindspots}): its subjects are the people, organisations and places that
 * at least half of its articles name, and a language or country is silent on it when articles of the store in that
 * language or from that country name one of those subjects but none of them belongs to the story.
 */
final class BlindspotFinder {
    /** The story's most named subjects looked for elsewhere. */
    static final int SUBJECTS = 5;
    /** Silent languages and countries listed, the most such articles first. */
    static final int SHOWN = 5;

    /** The articles of the store that name a subject, null when none does. */
    private final Function<String, SubjectArticles> articlesNaming;

    /** Over the articles of a store, in ingest order. */
    BlindspotFinder(Collection<ArticleDigest> store) {
        this(index(store, 0)::get);
    }

    /** Over an index of the store's subjects ({@link #index}). */
    BlindspotFinder(Function<String, SubjectArticles> articlesNaming) {
        this.articlesNaming = articlesNaming;
    }

    /**
     * For each subject these articles name, which of them name it, numbered from {@code firstOrdinal} in their order: a
     * common subject (a country, a head of state) is named by thousands, and every story naming it counts them, so
     * they are kept and merged as plain ints.
     */
    static Map<String, SubjectArticles> index(Collection<ArticleDigest> articles, int firstOrdinal) {
        Map<String, Map<String, Ordinals>> languagesOf = new HashMap<>();
        Map<String, Map<String, Ordinals>> countriesOf = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        int position = firstOrdinal;
        for (ArticleDigest a : articles) {
            String language = a.language();
            String country = CoverageCounter.country(a.url(), language);
            Map<String, String> subjects = subjects(a);
            subjects.forEach(names::putIfAbsent);
            for (String subject : subjects.keySet()) {
                languagesOf.computeIfAbsent(subject, k -> new HashMap<>()).computeIfAbsent(language, k -> new Ordinals()).add(position);
                if (country != null) {
                    countriesOf.computeIfAbsent(subject, k -> new HashMap<>()).computeIfAbsent(country, k -> new Ordinals()).add(position);
                }
            }
            position++;
        }
        Map<String, SubjectArticles> index = new HashMap<>();
        names.forEach((subject, name) -> index.put(subject, new SubjectArticles(name, Ordinals.arrays(languagesOf.get(subject)),
                Ordinals.arrays(countriesOf.getOrDefault(subject, Map.of())))));
        return index;
    }

    /** Ascending article positions, growing as articles are read. */
    private static final class Ordinals {
        private int[] values = new int[2];
        private int size;

        void add(int position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        static Map<String, int[]> arrays(Map<String, Ordinals> byCode) {
            Map<String, int[]> out = new HashMap<>();
            byCode.forEach((code, ordinals) -> out.put(code, Arrays.copyOf(ordinals.values, ordinals.size)));
            return out;
        }
    }

    /** How many distinct positions ascending lists hold together: one merge of them. */
    static int unionSize(List<int[]> lists) {
        if (lists.size() == 1) {
            return lists.get(0).length;
        }
        int[] next = new int[lists.size()];
        int count = 0;
        while (true) {
            int least = Integer.MAX_VALUE;
            for (int i = 0; i < next.length; i++) {
                int[] list = lists.get(i);
                if (next[i] < list.length && list[next[i]] < least) {
                    least = list[next[i]];
                }
            }
            if (least == Integer.MAX_VALUE) {
                return count;
            }
            count++;
            for (int i = 0; i < next.length; i++) {
                int[] list = lists.get(i);
                if (next[i] < list.length && list[next[i]] == least) {
                    next[i]++;
                }
            }
        }
    }

    /** The subjects an article names (people and organisations by key, places by id), each with its written name. */
    private static Map<String, String> subjects(ArticleDigest a) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ArticleDigest.Name e : a.names()) {
            out.putIfAbsent("name:" + e.key(), e.name());
        }
        for (ArticleDigest.PlaceName p : a.places()) {
            out.putIfAbsent("place:" + p.id(), p.name());
        }
        return out;
    }

    /** The story's subjects: the most named (up to {@value #SUBJECTS}) of those at least half of its articles name. */
    static List<String> subjects(List<ArticleDigest> story) {
        Map<String, Integer> named = new HashMap<>();
        for (ArticleDigest a : story) {
            subjects(a).keySet().forEach(s -> named.merge(s, 1, Integer::sum));
        }
        int needed = Math.max(1, (story.size() + 1) / 2);
        return CoverageCounter.mostFirst(named).entrySet().stream().filter(e -> e.getValue() >= needed)
                .limit(SUBJECTS).map(Map.Entry::getKey).toList();
    }

    Coverage.Blindspots of(List<ArticleDigest> story) {
        Set<String> languages = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (ArticleDigest a : story) {
            languages.add(a.language());
            String country = CoverageCounter.country(a.url(), a.language());
            if (country != null) {
                countries.add(country);
            }
        }
        return of(subjects(story), languages, countries);
    }

    /** The blindspots of a story about these subjects ({@link #subjects}) with articles in these languages and countries. */
    Coverage.Blindspots of(List<String> subjects, Set<String> languages, Set<String> countries) {
        return new Coverage.Blindspots(silent(subjects, SubjectArticles::languages, languages), silent(subjects, SubjectArticles::countries, countries));
    }

    /**
     * The codes (languages or countries) not in {@code present} whose articles name the subjects, with how many articles
     * (each once, however many of the subjects it names) and which subjects.
     */
    private List<Coverage.Silence> silent(List<String> subjects, Function<SubjectArticles, Map<String, int[]>> byCode, Set<String> present) {
        Map<String, List<int[]>> naming = new HashMap<>();
        Map<String, Set<String>> about = new HashMap<>();
        for (String subject : subjects) {
            SubjectArticles articles = articlesNaming.apply(subject);
            if (articles == null) {
                continue;
            }
            byCode.apply(articles).forEach((code, ordinals) -> {
                if (!present.contains(code)) {
                    naming.computeIfAbsent(code, k -> new ArrayList<>()).add(ordinals);
                    about.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(articles.name());
                }
            });
        }
        Map<String, Integer> articles = new HashMap<>();
        naming.forEach((code, lists) -> articles.put(code, unionSize(lists)));
        return CoverageCounter.mostFirst(articles).entrySet().stream().limit(SHOWN)
                .map(e -> new Coverage.Silence(e.getKey(), e.getValue(), List.copyOf(about.get(e.getKey())))).toList();
    }
}
