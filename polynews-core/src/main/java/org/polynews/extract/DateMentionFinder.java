package org.polynews.extract;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import org.polynews.language.TextNormalizer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds absolute dates in text of any supported language: numeric (2017-05-02, 02.05.2017), written with
 * month names in either order (May 2, 2017 / 2 de mayo de 2017 / 2 мая 2017), Chinese (2017年5月2日) and
 * Solar Hijri (۱۲ اردیبهشت ۱۳۹۶, converted with ICU's Persian calendar). A date without a year gets the
 * year that puts it nearest the reference date, when one is known.
 */
public final class DateMentionFinder {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private final TextNormalizer normalizer;
    private final CalendarVocabulary vocabulary;
    private final Pattern iso = Pattern.compile("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])", FLAGS);
    private final Pattern dayMonthYear = Pattern.compile("(?<![\\d.,\\-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)", FLAGS);
    private final Pattern chinese = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?|(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]", FLAGS);
    private final Pattern monthFirst;
    private final Pattern dayFirst;
    private final Pattern monthYear;

    public DateMentionFinder(TextNormalizer normalizer, CalendarVocabulary vocabulary) {
        this.normalizer = normalizer;
        this.vocabulary = vocabulary;
        String m = vocabulary.monthRegex();
        monthFirst = Pattern.compile("(?<!\\w)(" + m + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,?\\s+(\\d{4}))?(?![\\d:])", FLAGS);
        dayFirst = Pattern.compile("(?<![\\d.,])(?<!\\d:)(\\d{1,2})(?:\\.|º|er|st|nd|rd|th|-?го|'?(?:de|da|du))?\\s+(?:de\\s+)?(" + m
                + ")\\.?(?:\\s*,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?(?!\\w)", FLAGS);
        monthYear = Pattern.compile("(?<!\\w)(" + m + ")\\.?\\s*,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)", FLAGS);
    }

    /** All date mentions in order of position; {@code reference} (may be null) supplies missing years. */
    public List<DateMention> find(String text, LocalDate reference) {
        String folded = normalizer.foldKeepingOffsets(text);
        List<DateMention> found = new ArrayList<>();
        Matcher x = iso.matcher(folded);
        while (x.find()) {
            add(found, numeric(x.start(), x.end(), x.group(1), x.group(2), x.group(3)));
        }
        x = dayMonthYear.matcher(folded);
        while (x.find()) {
            int a = Integer.parseInt(x.group(1));
            int b = Integer.parseInt(x.group(3));
            // Day first, as most of the world writes it; month first only when the day-first reading is impossible.
            String day = b > 12 && a <= 12 ? x.group(3) : x.group(1);
            String month = b > 12 && a <= 12 ? x.group(1) : x.group(3);
            add(found, numeric(x.start(), x.end(), x.group(4), month, day));
        }
        x = chinese.matcher(folded);
        while (x.find()) {
            if (x.group(1) != null) {
                add(found, numeric(x.start(), x.end(), x.group(1), x.group(2), x.group(3)));
            } else {
                add(found, named(x.start(), x.end(), new CalendarVocabulary.Month(false, Integer.parseInt(x.group(4))), x.group(5), null, reference));
            }
        }
        x = dayFirst.matcher(folded);
        while (x.find()) {
            add(found, named(x.start(), x.end(), vocabulary.month(x.group(2)), x.group(1), x.group(3), reference));
        }
        x = monthFirst.matcher(folded);
        while (x.find()) {
            add(found, named(x.start(), x.end(), vocabulary.month(x.group(1)), x.group(2), x.group(3), reference));
        }
        x = monthYear.matcher(folded);
        while (x.find()) {
            add(found, named(x.start(), x.end(), vocabulary.month(x.group(1)), null, x.group(2), reference));
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static void add(List<DateMention> found, DateMention mention) {
        if (mention == null) {
            return;
        }
        for (DateMention other : found) {
            if (mention.start() < other.end() && other.start() < mention.end()) {
                return; // an earlier, more specific pattern already took these characters
            }
        }
        found.add(mention);
    }

    private static DateMention numeric(int start, int end, String y, String m, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = d == null ? 0 : Integer.parseInt(d);
        if (year >= 1300 && year <= 1500) {
            LocalDate g = fromPersian(year, month, Math.max(day, 1));
            return g == null ? null : new DateMention(start, end, g, g.getMonthValue(), day == 0 ? 0 : g.getDayOfMonth(), true);
        }
        LocalDate date = gregorian(year, month, Math.max(day, 1));
        return date == null ? null : new DateMention(start, end, date, month, day, true);
    }

    private static DateMention named(int start, int end, CalendarVocabulary.Month month, String d, String y, LocalDate reference) {
        if (month == null) {
            return null;
        }
        int day = d == null ? 0 : Integer.parseInt(d);
        if (day > 31) {
            return null;
        }
        if (y != null) {
            int year = Integer.parseInt(y);
            LocalDate date = month.persianCalendar() ? fromPersian(year, month.number(), Math.max(day, 1)) : gregorian(year, month.number(), Math.max(day, 1));
            if (date == null) {
                return null;
            }
            return new DateMention(start, end, date, date.getMonthValue(), day == 0 ? 0 : date.getDayOfMonth(), true);
        }
        if (day == 0) {
            return null;
        }
        if (month.persianCalendar()) {
            if (reference == null) {
                return null; // a bare Persian month name ("مهر", "دی") is too often an ordinary word
            }
            LocalDate best = null;
            int solarYear = reference.getYear() - 621;
            for (int candidate = solarYear - 1; candidate <= solarYear + 1; candidate++) {
                LocalDate g = fromPersian(candidate, month.number(), day);
                if (g != null && (best == null || distance(g, reference) < distance(best, reference))) {
                    best = g;
                }
            }
            return best == null ? null : new DateMention(start, end, best, best.getMonthValue(), best.getDayOfMonth(), false);
        }
        LocalDate date = null;
        if (reference != null) {
            for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
                LocalDate candidate = gregorian(year, month.number(), day);
                if (candidate != null && (date == null || distance(candidate, reference) < distance(date, reference))) {
                    date = candidate;
                }
            }
        }
        return new DateMention(start, end, date, month.number(), day, false);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static LocalDate gregorian(int year, int month, int day) {
        if (year < 1800 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalDate fromPersian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1200 || year > 1600) {
            return null;
        }
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(year, month - 1, day);
        Calendar utc = Calendar.getInstance(TimeZone.GMT_ZONE);
        utc.setTime(calendar.getTime());
        return LocalDate.of(utc.get(Calendar.YEAR), utc.get(Calendar.MONTH) + 1, utc.get(Calendar.DAY_OF_MONTH));
    }
}
