package org.polynews.analyze;

import org.apache.lucene.analysis.CharArraySet;
import org.polynews.language.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places, people, organisations and other names without a trained model. Places come from the
 * {@link PlaceGazetteer} in any script. In scripts with capital letters a name is a run of capitalised
 * words that is not a sentence-opening common word; a preceding title (President, Präsident, президент…)
 * marks a person. Arabic, Persian and other scripts without capitals give every content word as a
 * candidate key; Arabic titles and verbs of saying ({@link TitledNames}), «guillemets» and Chinese “quotes”
 * mark the names that can be shown. Chinese runs of characters are split into words ({@link ChineseWords})
 * before places are looked up.
 */
public final class EntityExtractor {
    private static final Set<String> TITLES = Set.of(
            "president", "president-elect", "presidents", "prime", "minister", "mr", "mrs", "ms", "dr", "chancellor", "secretary",
            "senator", "governor", "mayor", "king", "queen", "prince", "pope", "general", "gen", "sheikh", "ambassador",
            "spokesman", "spokeswoman", "premier", "leader", "foreign", "defence", "defense", "interior", "coach", "captain",
            "präsident", "präsidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "ministerin", "außenminister",
            "herr", "frau", "presidente", "ministro", "ministra", "canciller", "señor", "rey", "président", "présidente",
            "ministre", "chancelier", "chancelière", "m", "mme", "roi", "cancelliere", "президент", "министр", "премьер",
            "канцлер", "премьер-министр", "cumhurbaşkanı", "başbakan", "bakan", "bakanı", "başkanı", "şansölye",
            "prezydent", "kanclerz", "pan", "pani");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "von", "van", "der", "al", "bin", "ibn", "la", "le", "da", "di", "du", "y");
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "ministry", "council", "party", "agency", "bank", "university", "union", "organization", "organisation",
            "committee", "parliament", "congress", "senate", "court", "army", "forces", "commission", "foundation",
            "institute", "company", "corp", "inc", "group", "association", "news", "times", "post", "state", "department",
            "federation", "league", "club", "fund", "office", "police", "ministerium", "partei", "bundestag", "regierung",
            "ministerio", "partido", "ministère", "parti", "министерство", "партия", "bakanlığı", "partisi", "ministerstwo", "partia");
    private static final Set<String> GERMAN_DETERMINERS = Set.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
            "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "jede", "jeder", "diese", "dieser", "diesem", "seine", "ihre");
    private static final Pattern GERMAN_NOUN_ENDING = Pattern.compile(".*(?:ung|heit|keit|schaft|tion|ität|ismus|nis|tum|ment|chen|lein|ierung|ungen)$");
    /** Prepositions before which a German plural noun goes without an article ("mit Booten", "nach Angaben"). */
    private static final Set<String> GERMAN_PREPOSITIONS = Set.of("mit", "von", "aus", "bei", "nach", "zu", "seit", "vor", "unter",
            "über", "zwischen", "gegen", "für", "ohne", "durch", "um", "an", "auf", "in", "hinter", "neben", "wegen", "trotz");
    private static final Pattern GUILLEMETS = Pattern.compile("«([^«»]{2,40})»");
    private static final Pattern CJK_QUOTED = Pattern.compile("[“「『]([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{2,6})[”」』]");

    private final PlaceGazetteer gazetteer;
    private final NameKeys nameKeys;
    private final TextNormalizer normalizer;
    private final LanguageAnalyzers analyzers;
    private final Set<String> calendarWords;
    private final TitledNames titledNames;
    private final ChineseWords chineseWords = new ChineseWords();

    /** @param calendarWords month and weekday names (lower case), which are capitalised but never names */
    public EntityExtractor(PlaceGazetteer gazetteer, NameKeys nameKeys, TextNormalizer normalizer, LanguageAnalyzers analyzers,
                           Set<String> calendarWords) {
        this.calendarWords = calendarWords;
        this.titledNames = new TitledNames(normalizer);
        this.gazetteer = gazetteer;
        this.nameKeys = nameKeys;
        this.normalizer = normalizer;
        this.analyzers = analyzers;
    }

    public NameFindings extract(String text, List<Token> tokens, String language) {
        boolean[] used = new boolean[tokens.size()];
        boolean caseless = isCaseless(tokens);
        Map<String, PlaceMention> places = findPlaces(tokens, used, language);
        dropUncorroboratedCities(places);
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Integer> candidates = new LinkedHashMap<>();
        if (caseless) {
            findCaselessNames(text, tokens, used, language, entities, candidates);
        } else {
            findCapitalisedNames(tokens, used, language, entities);
        }
        return new NameFindings(new ArrayList<>(entities.values()), new ArrayList<>(places.values()), candidates);
    }

    static boolean isCaseless(List<Token> tokens) {
        int caseless = 0;
        int cased = 0;
        for (Token t : tokens) {
            int cp = t.text().codePointAt(0);
            if (TextNormalizer.isCaselessLetter(cp)) {
                caseless++;
            } else if (Character.isLetter(cp)) {
                cased++;
            }
        }
        return caseless > cased;
    }

    // ---- places ---------------------------------------------------------------------------------------

    /**
     * In Arabic script a short city name is often also a common word (كابل "cable" / Kabul, أمان "safety" /
     * Amman, ترك "left" / Chuuk): a one-word city of at most four letters named once counts only when the
     * article also names its country or another place in it.
     */
    private static void dropUncorroboratedCities(Map<String, PlaceMention> places) {
        Set<String> countries = new HashSet<>();
        Map<String, Integer> placesPerCountry = new HashMap<>();
        for (PlaceMention p : places.values()) {
            if (p.place().kind() == Place.Kind.COUNTRY) {
                countries.add(p.place().country());
            }
            placesPerCountry.merge(p.place().country(), 1, Integer::sum);
        }
        places.values().removeIf(p -> p.place().kind() == Place.Kind.CITY && p.mentions() < 2 && isShortArabicScriptWord(p.surface())
                && !countries.contains(p.place().country()) && placesPerCountry.getOrDefault(p.place().country(), 0) < 2);
    }

    /** One Arabic-script word of at most four letters once its leading particles and article are taken off. */
    static boolean isShortArabicScriptWord(String surface) {
        if (surface.contains(" ") || !NameKeys.isArabicScript(surface)) {
            return false;
        }
        String bare = surface.replaceFirst("^[وفبل]?(ال)?", "");
        return bare.codePointCount(0, bare.length()) <= 4;
    }

    private Map<String, PlaceMention> findPlaces(List<Token> tokens, boolean[] used, String language) {
        CharArraySet stopWords = analyzers.stopWords(language);
        Map<String, PlaceMention> found = new LinkedHashMap<>();
        String[] folded = new String[tokens.size()]; // each token normalised once, not once per phrase it starts or ends
        for (int i = 0; i < tokens.size(); i++) {
            if (TextNormalizer.isUnspacedScript(tokens.get(i).text().codePointAt(0))) {
                findPlacesInUnspacedRun(tokens.get(i).text(), found);
                continue;
            }
            for (int n = Math.min(PlaceGazetteer.MAX_NAME_TOKENS, tokens.size() - i); n >= 1; n--) {
                if (n > 1 && !tokens.get(i + n - 1).joinedToPrevious()) {
                    continue;
                }
                // a function word is never a place, whatever a gazetteer in some language says (وليس "and not" / Wallis)
                Place place = n == 1 && stopWords.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) ? null : lookup(tokens, folded, i, n);
                if (place != null) {
                    addPlace(found, place, surface(tokens, i, n));
                    for (int k = i; k < i + n; k++) {
                        used[k] = true;
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Chinese writes a sentence as one run of characters ("中国星期三宣布"): it is split into words and names are
     * looked up as one to {@link PlaceGazetteer#MAX_NAME_TOKENS} adjacent words, longest first.
     */
    private void findPlacesInUnspacedRun(String run, Map<String, PlaceMention> found) {
        List<String> words = chineseWords.split(run);
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(PlaceGazetteer.MAX_NAME_TOKENS, words.size() - i); n >= 1; n--) {
                String phrase = normalizer.normalize(String.join("", words.subList(i, i + n)));
                Place place = phrase.length() < 2 ? null : gazetteer.lookup(phrase);
                if (place != null) {
                    addPlace(found, place, String.join("", words.subList(i, i + n)));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /** One more mention of a place; the first surface found is the one shown. */
    private static void addPlace(Map<String, PlaceMention> found, Place place, String surface) {
        found.merge(place.id(), new PlaceMention(place, surface, 1), (a, b) -> new PlaceMention(a.place(), a.surface(), a.mentions() + 1));
    }

    /** @param folded the tokens normalised so far (null where not yet) */
    private Place lookup(List<Token> tokens, String[] folded, int from, int n) {
        if (n == 1) {
            Token t = tokens.get(from);
            Place capitals = gazetteer.lookupCapitals(t.text());
            if (capitals != null) {
                return capitals;
            }
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            if (folded[k] == null) {
                folded[k] = normalizer.normalize(tokens.get(k).text());
            }
            phrase.append(folded[k]);
        }
        String key = phrase.toString();
        Token t = tokens.get(from);
        boolean caseless = TextNormalizer.isCaselessLetter(t.text().codePointAt(0));
        Place place = caseless || tokens.get(from).isCapitalized() ? gazetteer.lookup(key) : gazetteer.lookupLowercase(key);
        if (place != null || n > 1) {
            return place;
        }
        if (NameKeys.isArabicScript(key)) {
            for (String variant : withoutArabicParticles(key)) {
                place = gazetteer.lookupInflected(variant);
                if (place != null) {
                    return place;
                }
            }
            return null;
        }
        return t.isCapitalized() ? gazetteer.lookupInflected(key) : null;
    }

    private static List<String> withoutArabicParticles(String word) {
        List<String> variants = new ArrayList<>(List.of(word));
        // One-letter particles need a long remainder: "بأمان" (safely) is not "أمان" (Amman).
        variants.addAll(ArabicParticles.strippedForms(word, 3, 5));
        return variants;
    }

    // ---- names in scripts with capitals -------------------------------------------------------------

    private void findCapitalisedNames(List<Token> tokens, boolean[] used, String language, Map<String, Entity> out) {
        Set<String> lowercaseWords = new HashSet<>();
        Set<String> capitalisedMidSentence = new HashSet<>();
        for (Token t : tokens) {
            if (!t.isCapitalized()) {
                lowercaseWords.add(t.text());
            } else if (!t.sentenceStart()) {
                capitalisedMidSentence.add(t.text());
            }
        }
        CharArraySet stop = analyzers.stopWords(language);
        boolean german = "de".equals(language);
        List<NameGroup> germanSingles = new ArrayList<>();
        Set<String> inLongerNames = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (used[i] || !t.isCapitalized() || !Character.isLetter(t.text().codePointAt(0))) {
                i++;
                continue;
            }
            boolean personCue = i > 0 && TITLES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
            int end = i + 1;
            while (end < tokens.size() && !used[end] && tokens.get(end).joinedToPrevious()) {
                Token next = tokens.get(end);
                // in German "der" is an article ("Zeichen der Ermutigung") unless a "von" comes first (von der Leyen)
                boolean connector = CONNECTORS.contains(next.text()) && !(german && GERMAN_DETERMINERS.contains(next.text())
                        && !"von".equals(tokens.get(end - 1).text())) && end + 1 < tokens.size() && !used[end + 1]
                        && tokens.get(end + 1).isCapitalized() && tokens.get(end + 1).joinedToPrevious();
                if (!next.isCapitalized() && !connector) {
                    break;
                }
                end++;
            }
            List<Token> group = new ArrayList<>(tokens.subList(i, end));
            i = end;
            personCue |= stripLeadingTitles(group);
            group.removeIf(g -> calendarWords.contains(g.text().toLowerCase(Locale.ROOT)));
            if (group.isEmpty()) {
                continue;
            }
            Token first = group.get(0);
            String firstLower = first.text().toLowerCase(Locale.ROOT);
            // A sentence's first word is capitalised anyway: it counts only when it is seen capitalised inside a
            // sentence too, or when a name follows it ("Mehdi Rezaei, spokesman…") and it is no common word. Not
            // in German, where a capitalised noun follows just as well ("Tausende Menschen").
            if (first.sentenceStart() && (stop.contains(firstLower) || lowercaseWords.contains(firstLower)
                    || (!capitalisedMidSentence.contains(first.text()) && (german || !startsFullName(group))))) {
                group.remove(0);
                personCue |= stripLeadingTitles(group); // "While Mr Putin …"
                if (group.isEmpty()) {
                    continue;
                }
            }
            if (german) {
                // "Die Kündigungsfrist": an article opens a noun phrase, never a name
                while (!group.isEmpty() && stop.contains(group.get(0).text().toLowerCase(Locale.ROOT))) {
                    group.remove(0);
                }
                if (group.isEmpty()) {
                    continue;
                }
            }
            if (group.size() == 1 && group.get(0).sentenceStart() && !group.get(0).isAllCaps()
                    && !personCue && lowercaseWords.contains(group.get(0).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Entity.Type type = personCue ? Entity.Type.PERSON : typeOf(group);
            if (german && group.size() == 1 && !personCue) {
                germanSingles.add(new NameGroup(group, type));
            } else {
                if (german) {
                    group.forEach(g -> inLongerNames.add(g.text()));
                }
                addEntity(out, surface(group), group.stream().map(Token::text).toList(), type, language);
            }
        }
        // German capitalises every noun, so one capitalised word is a name only when it is an acronym, or the
        // article also uses it inside a longer name (Dunja Hayali … Hayali), or it does not look like a noun.
        for (NameGroup single : germanSingles) {
            Token word = single.tokens().get(0);
            if (word.isAllCaps() || inLongerNames.contains(word.text()) || !looksLikeGermanNoun(tokens, word)) {
                addEntity(out, word.text(), List.of(word.text()), single.type(), language);
            }
        }
    }

    private record NameGroup(List<Token> tokens, Entity.Type type) {
    }

    /** Titles are cues, not names: "President Vladimir Putin" names Putin, a person. Whether a title was there. */
    private static boolean stripLeadingTitles(List<Token> group) {
        boolean title = false;
        while (!group.isEmpty() && (TITLES.contains(group.get(0).text().toLowerCase(Locale.ROOT)) || CONNECTORS.contains(group.get(0).text()))) {
            title |= TITLES.contains(group.get(0).text().toLowerCase(Locale.ROOT));
            group.remove(0);
        }
        return title;
    }

    /** "Mehdi Rezaei": two capitalised words with nothing between them; not "Some of Trump", "While Mr Putin". */
    private static boolean startsFullName(List<Token> group) {
        if (group.size() < 2) {
            return false;
        }
        String second = group.get(1).text();
        return !CONNECTORS.contains(second) && !TITLES.contains(second.toLowerCase(Locale.ROOT)) && group.get(1).joinedToPrevious();
    }

    private static boolean looksLikeGermanNoun(List<Token> tokens, Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        if (GERMAN_NOUN_ENDING.matcher(lower).matches()) {
            return true;
        }
        int index = tokens.indexOf(token);
        // a plural in -en or -ern right after a preposition ("mit Booten", "nach Angaben"): names there take no ending
        if (index > 0 && GERMAN_PREPOSITIONS.contains(tokens.get(index - 1).text().toLowerCase(Locale.ROOT))
                && (lower.endsWith("en") || lower.endsWith("ern")) && lower.length() > 4) {
            return true;
        }
        for (int back = 1; back <= 2 && index - back >= 0; back++) {
            Token previous = tokens.get(index - back);
            if (GERMAN_DETERMINERS.contains(previous.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (previous.isCapitalized()) {
                break;
            }
        }
        return false;
    }

    private static Entity.Type typeOf(List<Token> group) {
        for (Token t : group) {
            if (ORGANISATION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return Entity.Type.ORGANISATION;
            }
        }
        if (group.size() == 1 && group.get(0).isAllCaps() && group.get(0).text().length() <= 6) {
            return Entity.Type.ORGANISATION;
        }
        return Entity.Type.NAME;
    }

    // ---- names in scripts without capitals ----------------------------------------------------------

    private void findCaselessNames(String text, List<Token> tokens, boolean[] used, String language,
                                   Map<String, Entity> out, Map<String, Integer> candidates) {
        CharArraySet stop = analyzers.stopWords(language);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (used[i] || t.text().length() < 3 || stop.contains(t.text()) || !Character.isLetter(t.text().codePointAt(0))) {
                continue;
            }
            for (String key : nameKeys.keysWithVariants(t.text(), language)) {
                if (key.length() >= 3) {
                    candidates.merge(key, 1, Integer::sum);
                }
            }
        }
        for (List<String> name : titledNames.find(tokens, used, stop)) {
            addEntity(out, String.join(" ", name), name, Entity.Type.NAME, language);
        }
        Matcher m = GUILLEMETS.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            String[] words = inner.split("\\s+");
            if (words.length <= 3) {
                addEntity(out, inner, List.of(words), Entity.Type.NAME, language);
            }
        }
        // Chinese and Japanese quote the names of people, animals and things: “云云”, 「はやぶさ」
        Matcher quoted = CJK_QUOTED.matcher(text);
        while (quoted.find()) {
            addEntity(out, quoted.group(1), List.of(quoted.group(1)), Entity.Type.NAME, language);
        }
    }

    // ---- shared ---------------------------------------------------------------------------------------

    private void addEntity(Map<String, Entity> out, String name, List<String> words, Entity.Type type, String language) {
        List<String> keys = new ArrayList<>();
        for (String word : words) {
            if (CONNECTORS.contains(word)) {
                continue;
            }
            if (calendarWords.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> variants = nameKeys.keysWithVariants(word, language);
            if (!variants.isEmpty()) {
                // The Arabic article is never part of a name's key (الأسد = Assad); other particles may be.
                boolean article = word.startsWith("ال") && variants.size() > 1;
                keys.add(article ? variants.get(1) : variants.get(0));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        String head = keys.get(keys.size() - 1);
        Entity sameHead = out.get(head);
        // Two full names with one family name are two people (Donald and Melania Trump); a lone "Trump"
        // still joins the first of them.
        String slot = sameHead != null && keys.size() > 1 && sameHead.keys().size() > 1 && !sameHead.keys().get(0).equals(keys.get(0))
                ? keys.get(0) + " " + head : head;
        out.merge(slot, new Entity(name, type, keys, 1), (a, b) -> new Entity(
                b.name().length() > a.name().length() ? b.name() : a.name(),
                a.type() == Entity.Type.NAME ? b.type() : a.type(),
                b.keys().size() > a.keys().size() ? b.keys() : a.keys(),
                a.mentions() + 1));
    }

    private static String surface(List<Token> tokens, int from, int n) {
        return surface(tokens.subList(from, from + n));
    }

    private static String surface(List<Token> group) {
        StringBuilder s = new StringBuilder();
        for (Token t : group) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(t.text());
        }
        return s.toString();
    }
}
