package org.polynews.extract;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.ULocale;
import org.polynews.language.TextNormalizer;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    private static Pattern alternation(Set<String> names) {
        String body = names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?:" + body + ")");
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
