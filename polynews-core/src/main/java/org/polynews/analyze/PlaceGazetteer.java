package org.polynews.analyze;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.polynews.language.TextNormalizer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Place names in many languages and scripts, all mapped to one {@link Place}: country names from CLDR in
 * every supported locale (through ICU), the country a language name points to ("Russian", "الروسية" →
 * Russia), CLDR's exemplar cities of the time zones, and a small hand-written list of everyday names
 * and adjectives CLDR lacks ({@code place-aliases.tsv}). Nothing is downloaded.
 */
public final class PlaceGazetteer {
    static final List<String> LOCALES = List.of("en", "ar", "fa", "de", "es", "fr", "it", "ru", "tr", "pl", "zh",
            "pt", "nl", "uk", "sv", "el", "he", "ur", "ja", "ko", "hi", "cs");
    private static final String ALIASES = "place-aliases.tsv";
    /**
     * Names some locale gives a place that Arabic-script news mostly writes as everyday words: أمان
     * (safety; Persian/Urdu for Amman), الجزيرة (the island, Al Jazeera), مالي (financial). Normalised.
     */
    private static final Set<String> ARABIC_SCRIPT_COMMON_WORDS = Set.of("امان", "الجزيره", "مالي");
    static final int MAX_NAME_TOKENS = 4;

    private final TextNormalizer normalizer;
    private final Map<String, Place> byName = new HashMap<>();
    /** Short names that only count when written in capitals ("US" but not "us"). */
    private final Map<String, Place> byCapitalName = new HashMap<>();
    private final Map<String, Place> byId = new HashMap<>();
    /** Names written in lower case (adjectives: "russisch", "российский"), which match lower-case words. */
    private final Map<String, Place> byLowercaseName = new HashMap<>();

    /** Built from CLDR (most of a second); {@link PlaceGazetteerCache} keeps it for the next process. */
    public PlaceGazetteer(TextNormalizer normalizer) {
        this.normalizer = normalizer;
        ULocale english = ULocale.ENGLISH;
        for (String code : ULocale.getISOCountries()) {
            String englishName = new ULocale("", code).getDisplayCountry(english);
            if (englishName.equals(code)) {
                continue;
            }
            Place country = place(new Place(code, englishName, code, Place.Kind.COUNTRY));
            for (String tag : LOCALES) {
                ULocale locale = new ULocale(tag);
                addName(new ULocale("", code).getDisplayCountry(locale), country);
                LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, com.ibm.icu.text.DisplayContext.LENGTH_SHORT);
                addName(shortNames.regionDisplayName(code), country);
            }
        }
        addLanguageNames();
        addTimeZoneCities();
        addAliases();
    }

    /** A gazetteer as {@link #write} wrote it. */
    private PlaceGazetteer(TextNormalizer normalizer, DataInput in) throws IOException {
        this.normalizer = normalizer;
        Place[] places = new Place[in.readInt()];
        Place.Kind[] kinds = Place.Kind.values();
        for (int i = 0; i < places.length; i++) {
            places[i] = new Place(in.readUTF(), in.readUTF(), in.readUTF(), kinds[in.readUnsignedByte()]);
            byId.put(places[i].id(), places[i]);
        }
        for (Map<String, Place> names : List.of(byName, byCapitalName, byLowercaseName)) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                names.put(in.readUTF(), places[in.readInt()]);
            }
        }
    }

    static PlaceGazetteer read(TextNormalizer normalizer, DataInput in) throws IOException {
        return new PlaceGazetteer(normalizer, in);
    }

    /** Every place and name, for {@link #read}. */
    void write(DataOutput out) throws IOException {
        Map<Place, Integer> index = new HashMap<>();
        out.writeInt(byId.size());
        for (Place p : byId.values()) {
            index.put(p, index.size());
            out.writeUTF(p.id());
            out.writeUTF(p.name());
            out.writeUTF(p.country());
            out.writeByte(p.kind().ordinal());
        }
        for (Map<String, Place> names : List.of(byName, byCapitalName, byLowercaseName)) {
            out.writeInt(names.size());
            for (Map.Entry<String, Place> e : names.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(index.get(e.getValue()));
            }
        }
    }

    private Place place(Place place) {
        return byId.computeIfAbsent(place.id(), id -> place);
    }

    /**
     * A language's name in each locale points to the country where it is most spoken. Not Arabic: it is the
     * language of twenty countries, and "العربية" (Arabic, Arab) says nothing about Egypt.
     */
    private void addLanguageNames() {
        for (String language : List.of("ru", "de", "fr", "es", "it", "tr", "pl", "fa", "zh", "ja", "uk", "he", "pt", "nl", "sv", "el", "ko")) {
            String country = ULocale.addLikelySubtags(new ULocale(language)).getCountry();
            Place place = byId.get(country);
            if (place == null) {
                continue;
            }
            for (String tag : LOCALES) {
                addName(new ULocale(language).getDisplayLanguage(new ULocale(tag)), place);
            }
        }
    }

    private void addTimeZoneCities() {
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            Place city = timeZoneCity(zone);
            if (city == null) {
                continue;
            }
            place(city);
            for (String tag : LOCALES) {
                addName(TimeZoneNames.getInstance(new ULocale(tag)).getExemplarLocationName(zone), city);
            }
        }
    }

    /** The city a time zone is named after ("Europe/Budapest": HU/Budapest), or null for a zone of no country. */
    static Place timeZoneCity(String zone) {
        String country = TimeZone.getRegion(zone);
        String english = TimeZoneNames.getInstance(ULocale.ENGLISH).getExemplarLocationName(zone);
        if (english == null || country == null || country.equals("001")) {
            return null;
        }
        return new Place(country + "/" + english, english, country, Place.Kind.CITY);
    }

    private void addAliases() {
        for (String[] f : TsvResource.rows(PlaceGazetteer.class, ALIASES)) {
            String id = f[0];
            Place.Kind kind = Place.Kind.valueOf(f[2].toUpperCase(Locale.ROOT));
            String[] names = f[3].split("\\|");
            Place existing = byId.get(id);
            String englishName = kind == Place.Kind.CITY ? id.substring(id.indexOf('/') + 1) : names.length > 1 && kind == Place.Kind.REGION ? names[1] : id;
            Place place = existing != null ? existing : place(new Place(id, englishName, f[1], kind));
            for (String name : names) {
                addName(name, place);
            }
        }
    }

    private void addName(String name, Place place) {
        if (name == null || name.isBlank()) {
            return;
        }
        String letters = NOT_LETTERS.matcher(name).replaceAll("");
        if (letters.length() <= 4 && letters.equals(letters.toUpperCase(Locale.ROOT)) && !letters.equals(letters.toLowerCase(Locale.ROOT))) {
            byCapitalName.putIfAbsent(name.strip(), place);
            return;
        }
        String key = key(name);
        // two Chinese characters make a name (中国, 华沙); two letters of other scripts do not
        int shortest = !key.isEmpty() && TextNormalizer.isUnspacedScript(key.codePointAt(0)) ? 2 : 3;
        if (key.length() < shortest || ARABIC_SCRIPT_COMMON_WORDS.contains(key)) {
            return;
        }
        byName.putIfAbsent(key, place);
        if (Character.isLowerCase(name.strip().codePointAt(0))) {
            byLowercaseName.putIfAbsent(key, place);
        }
    }

    /** The place a lower-case word names: only names that are themselves written in lower case. */
    public Place lookupLowercase(String normalizedPhrase) {
        return byLowercaseName.get(normalizedPhrase);
    }

    /** Normalised, with the tokens joined by single spaces. */
    String key(String name) {
        return String.join(" ", SPACES.split(PUNCTUATION.matcher(normalizer.normalize(name)).replaceAll(" ").strip()));
    }

    /** The place a normalised phrase names, if any. */
    public Place lookup(String normalizedPhrase) {
        return byName.get(normalizedPhrase);
    }

    /** The place a short name written in capitals names ("US", "UK", "EU"), if any. */
    public Place lookupCapitals(String surface) {
        return byCapitalName.get(surface);
    }

    public Place byId(String id) {
        return byId.get(id);
    }

    // compiled once: the gazetteer keys some 100,000 names as it is built, and each String.replaceAll compiles again
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}«»“”„’]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String[] ARABIC_SCRIPT_ENDINGS = {"يين", "يون", "يه", "ي", "ها"};

    /**
     * Inflected forms ("России", "Syriens", "الإيرانية") meet the name through its first letters. Arabic
     * script only loses adjective endings, and only to meet a country: its short words would otherwise
     * meet names by chance (الرياضية "sports" is not الرياض, Riyadh).
     */
    public Place lookupInflected(String normalizedWord) {
        Place exact = byName.get(normalizedWord);
        if (exact != null || normalizedWord.length() < 5 || normalizedWord.contains(" ")) {
            return exact;
        }
        if (NameKeys.isArabicScript(normalizedWord)) {
            for (String ending : ARABIC_SCRIPT_ENDINGS) {
                if (normalizedWord.endsWith(ending) && normalizedWord.length() - ending.length() >= 3) {
                    Place p = byName.get(normalizedWord.substring(0, normalizedWord.length() - ending.length()));
                    if (p != null && p.kind() == Place.Kind.COUNTRY) {
                        return p;
                    }
                }
            }
            return null;
        }
        for (int cut = 1; cut <= 2; cut++) {
            String stem = normalizedWord.substring(0, normalizedWord.length() - cut);
            Place p = byName.get(stem);
            if (p != null) {
                return p;
            }
            for (String ending : new String[] {"a", "ia", "ya", "y", "e", "я", "ия", "يا", "ه", "ن", "ie", "en"}) {
                p = byName.get(stem + ending);
                if (p != null && stem.length() >= 4) {
                    return p;
                }
            }
        }
        return null;
    }

    public int size() {
        return byName.size() + byCapitalName.size();
    }
}
