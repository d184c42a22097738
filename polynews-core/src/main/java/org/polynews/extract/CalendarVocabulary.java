package org.polynews.extract;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.ULocale;
import org.polynews.language.TextNormalizer;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Month and weekday names of every supported language, taken from CLDR through ICU (no hand-written
 * lists): Gregorian months in all locales, the Levantine Arabic month names, and the Solar Hijri months
 * Persian dates are written in. Names are stored folded ({@link TextNormalizer#foldKeepingOffsets}).
 */
public final class CalendarVocabulary {
    /** Locales whose calendar words are recognised; ar_SY adds the Levantine Gregorian month names. */
    static final List<String> LOCALES = List.of("en", "de", "es", "fr", "it", "ru", "tr", "pl", "pt", "nl", "uk",
            "ar", "ar_SY", "fa", "zh", "sv", "el", "he", "ur");

    /** A month name: which calendar and which month (1-12). */
    public record Month(boolean persianCalendar, int number) {
    }

    private final Map<String, Month> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Pattern monthAlternation;
    private final Pattern weekdayAlternation;

    public CalendarVocabulary(TextNormalizer normalizer) {
        Set<String> ambiguous = new HashSet<>();
        for (String tag : LOCALES) {
            ULocale locale = new ULocale(tag);
            DateFormatSymbols gregorian = new DateFormatSymbols(new GregorianCalendar(), locale);
            addMonths(gregorian, false, normalizer, ambiguous);
            String[] names = gregorian.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            String[] standalone = gregorian.getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
            for (int i = 1; i <= 7; i++) {
                DayOfWeek day = DayOfWeek.of(i == 1 ? 7 : i - 1); // ICU: 1 = Sunday
                addWeekday(names[i], day, normalizer);
                addWeekday(standalone[i], day, normalizer);
            }
        }
        addMonths(new DateFormatSymbols(new PersianCalendar(), new ULocale("fa")), true, normalizer, ambiguous);
        ambiguous.forEach(months::remove);
        monthAlternation = alternation(months.keySet());
        weekdayAlternation = alternation(weekdays.keySet());
    }

    private void addMonths(DateFormatSymbols symbols, boolean persian, TextNormalizer normalizer, Set<String> ambiguous) {
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] names = symbols.getMonths(context, width);
                for (int m = 0; m < 12 && m < names.length; m++) {
                    String name = normalizer.foldKeepingOffsets(names[m]).replace(".", "").strip();
                    if (name.length() < 3 || name.chars().anyMatch(Character::isDigit)) {
                        continue; // "1月" style numerals are handled by the numeric patterns
                    }
                    Month month = new Month(persian, m + 1);
                    if (name.indexOf('\u0654') >= 0) { // Persian ezafe (ژانویهٔ) is often not written
                        months.putIfAbsent(name.replace("\u0654", ""), month);
                    }
                    Month previous = months.putIfAbsent(name, month);
                    if (previous != null && !previous.equals(month)) {
                        ambiguous.add(name);
                    }
                }
            }
        }
    }

    private void addWeekday(String name, DayOfWeek day, TextNormalizer normalizer) {
        String folded = normalizer.foldKeepingOffsets(name).replace(".", "").strip();
        if (folded.length() >= 3) {
            weekdays.putIfAbsent(folded, day);
            if (folded.indexOf('\u200C') >= 0) { // Persian سه‌شنبه is also written with a space or joined
                weekdays.putIfAbsent(folded.replace("\u200C", " "), day);
                weekdays.putIfAbsent(folded.replace("\u200C", ""), day);
            }
        }
    }

    /**
     * A pattern matching exactly the names, written as a tree of their letters ("jan(?:uary|vier)?"), each name found
     * before any shorter name it begins with, as in an alternation longest first. The flat alternation of some 500
     * month names was tried name by name at every word of every article: an eighth of analysing a web page.
     */
    static Pattern alternation(Set<String> names) {
        Letters root = new Letters();
        names.forEach(root::add);
        return Pattern.compile("(?:" + root.regex() + ")");
    }

    /** The names' letters as a tree: a node per beginning, marked where a name ends. */
    private static final class Letters {
        private final Map<Integer, Letters> next = new TreeMap<>();
        private boolean ends;

        void add(String name) {
            Letters node = this;
            for (int cp : name.codePoints().toArray()) {
                node = node.next.computeIfAbsent(cp, k -> new Letters());
            }
            node.ends = true;
        }

        /** The continuations from here, longer ones first (a greedy optional group tries them before ending here). */
        String regex() {
            List<String> branches = new ArrayList<>();
            next.forEach((cp, node) -> branches.add(literal(cp) + node.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            if (branches.size() == 1 && !ends) {
                return branches.get(0);
            }
            return "(?:" + String.join("|", branches) + ")" + (ends ? "?" : "");
        }

        private static String literal(int cp) {
            String s = Character.toString(cp);
            return Character.isLetterOrDigit(cp) ? s : Pattern.quote(s);
        }
    }

    /** Every month and weekday name, folded: words that are capitalised in many languages but never names. */
    public Set<String> words() {
        Set<String> all = new HashSet<>(months.keySet());
        all.addAll(weekdays.keySet());
        return Set.copyOf(all);
    }

    public Month month(String foldedName) {
        return months.get(foldedName.replace(".", "").strip());
    }

    public DayOfWeek weekday(String foldedName) {
        return weekdays.get(foldedName.replace(".", "").strip());
    }

    /** Regex alternation of all folded month names, longest first. */
    public String monthRegex() {
        return monthAlternation.pattern();
    }

    /** Regex alternation of all folded weekday names, longest first. */
    public String weekdayRegex() {
        return weekdayAlternation.pattern();
    }
}
