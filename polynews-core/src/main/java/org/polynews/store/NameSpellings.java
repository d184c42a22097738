package org.polynews.store;

import com.ibm.icu.lang.UScript;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.RegExp;
import org.polynews.analyze.ChineseReadings;
import org.polynews.analyze.NameKeys;
import org.polynews.represent.ArticleFeatures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How the stored articles spell a name that a search gives in any script. Its cross-script key stands for many
 * names (بوتين, Путин and Putin all make {@code btn}, and so do the German nouns Booten and Bauten, and Uptown):
 * searched for as a key, every look-alike matches. So the names with the key in the key's best-matching articles
 * are read, and kept are those whose Latin form is the query's (Путин: Putin), and in other scripts than the query's
 * without such a spelling those that sound close to it (بوتين: bwtyn, Putin; Merkel: ميركل) and are used by at least
 * half as many of those articles as the name of their script used most. A search then looks for those spellings as words, as it looks for the query's own words.
 */
public final class NameSpellings {
    /** Articles read to count spellings: the key's best matches. */
    static final int SAMPLE = 50;
    /** Spellings kept per query word, most used first. */
    static final int KEPT = 3;
    private static final Pattern NOT_LATIN_LETTERS = Pattern.compile("[^a-z]");
    private static final Set<Integer> ABJADS = Set.of(UScript.ARABIC, UScript.HEBREW, UScript.SYRIAC, UScript.THAANA);

    private final ArticleStore store;
    private final NameKeys keys;

    public NameSpellings(ArticleStore store, NameKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    /** The stored spellings of the name {@code word} may be, most used first; none when no stored name fits it. */
    public List<String> of(String word) {
        if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN) {
            // its reading (te lang pu) spells no name: the names whose sounds fit it, the most used of them
            // (a person's name: written whole or with a title somewhere, not a capitalised noun whose sounds fit too)
            return ChineseReadings.keyPattern(keys.latin(word)).map(pattern -> mostUsed(spellings(
                    new RegexpQuery(new Term(ArticleStore.FEATURES, ArticleFeatures.NAME + pattern)),
                    new CharacterRunAutomaton(new RegExp(pattern).toAutomaton())::run, true))).orElse(List.of());
        }
        String key = keys.key(word);
        Map<SpelledName.Word, Integer> articlesBySpelling = spellings(new TermQuery(new Term(ArticleStore.FEATURES, ArticleFeatures.NAME + key)), key::equals, false);
        String latin = keys.latin(word);
        String folded = folded(latin);
        // one sound may differ, two in a name of five or more written in an abjad, which leaves out short vowels
        // (بوتين: bwtyn, Putin; بايدن: baydn, Biden)
        int scriptOfWord = UScript.getScript(word.codePointAt(0));
        int tolerance = ABJADS.contains(scriptOfWord) && folded.length() >= 5 ? 2 : 1;
        CharacterRunAutomaton near = new CharacterRunAutomaton(new LevenshteinAutomata(folded, false).toAutomaton(tolerance));
        // each stored spelling that fits, with its script and whether it is the query's exact transliteration
        List<Fit> fits = new ArrayList<>();
        articlesBySpelling.forEach((spelling, n) -> {
            boolean exact = spelling.latin().equalsIgnoreCase(latin);
            if (exact || near.run(folded(spelling.latin()))) {
                fits.add(new Fit(spelling.text(), n, UScript.getScript(spelling.text().codePointAt(0)), exact));
            }
        });
        // In the query's own script, and in any that writes its exact transliteration, that is the name meant and the
        // rest look alike (Booten beside Putin); in another, the name meant is the one far more articles use.
        Set<Integer> exactScripts = new HashSet<>(Set.of(scriptOfWord));
        Map<Integer, Integer> mostByScript = new HashMap<>();
        for (Fit f : fits) {
            mostByScript.merge(f.script(), f.articles(), Math::max);
            if (f.exact()) {
                exactScripts.add(f.script());
            }
        }
        Map<String, Integer> fitting = new HashMap<>();
        for (Fit f : fits) {
            if (f.exact() || !exactScripts.contains(f.script()) && 2 * f.articles() >= mostByScript.get(f.script())) {
                fitting.put(f.spelling(), f.articles());
            }
        }
        return byUse(fitting);
    }

    private record Fit(String spelling, int articles, int script, boolean exact) {
    }

    /**
     * How many of the best matches of {@code query} write each name whose key {@code fits}; only names of persons
     * (with a title, or of two words or more) when {@code persons}.
     */
    private Map<SpelledName.Word, Integer> spellings(Query query, Predicate<String> fits, boolean persons) {
        Map<SpelledName.Word, Integer> articlesBySpelling = new HashMap<>();
        for (List<SpelledName> names : store.spelledNamesOfMatches(query, SAMPLE)) {
            spellingsIn(names, fits, persons).forEach(s -> articlesBySpelling.merge(s, 1, Integer::sum));
        }
        return articlesBySpelling;
    }

    /** The spellings used by at least half as many articles as the most used one. */
    private static List<String> mostUsed(Map<SpelledName.Word, Integer> articlesBySpelling) {
        int most = articlesBySpelling.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, Integer> kept = new HashMap<>();
        articlesBySpelling.forEach((spelling, n) -> {
            if (2 * n >= most) {
                kept.put(spelling.text(), n);
            }
        });
        return byUse(kept);
    }

    private static List<String> byUse(Map<String, Integer> articlesBySpelling) {
        return articlesBySpelling.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEPT)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * A Latin spelling reduced to how it sounds across transliterations: letters that scripts without them write
     * alike made one (p b, v f, c k q), the vowels to two (o u w; e i y), doubled letters single.
     */
    static String folded(String latin) {
        String letters = NOT_LATIN_LETTERS.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("")
                .replace("ph", "f").replace("gh", "g").replace("kh", "k").replace("ck", "k");
        StringBuilder out = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            char c = switch (letters.charAt(i)) {
                case 'p' -> 'b';
                case 'v' -> 'f';
                case 'w', 'o' -> 'u';
                case 'y', 'e' -> 'i';
                case 'c', 'q' -> 'k';
                default -> letters.charAt(i);
            };
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<SpelledName.Word> spellingsIn(List<SpelledName> names, Predicate<String> fits, boolean persons) {
        Set<SpelledName.Word> out = new HashSet<>();
        for (SpelledName name : names) {
            if ((name.person() || !persons) && name.keys().stream().anyMatch(fits)) {
                for (SpelledName.Word word : name.words()) {
                    if (fits.test(word.key())) {
                        out.add(word);
                    }
                }
            }
        }
        return out;
    }
}
