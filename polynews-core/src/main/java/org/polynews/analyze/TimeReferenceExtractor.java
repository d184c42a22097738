package org.polynews.analyze;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.util.ULocale;
import org.polynews.extract.CalendarVocabulary;
import org.polynews.extract.DateMention;
import org.polynews.extract.DateMentionFinder;
import org.polynews.language.TextNormalizer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the time an article talks about: absolute dates in any supported language, weekdays ("on
 * Tuesday" — the last such day up to publication, as news reports past events), relative expressions
 * ("yesterday", "last week", "الأسبوع الماضي") generated per language by ICU's
 * {@link RelativeDateTimeFormatter}, and years.
 */
public final class TimeReferenceExtractor {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/-])(19[5-9]\\d|20[0-4]\\d)(?![\\d.,/-]\\d)");
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /**
     * A relative expression: the unit it counts in and how many units from publication, or for "last
     * Monday" the weekday and the direction (-1, +1).
     */
    private record Relative(TimeReference.Granularity unit, int offset, DayOfWeek weekday) {
    }

    private final TextNormalizer normalizer;
    private final DateMentionFinder dates;
    private final CalendarVocabulary vocabulary;
    private final Pattern weekdays;
    private final Map<String, RelativeVocabulary> relativeByLanguage = new ConcurrentHashMap<>();

    private record RelativeVocabulary(Map<String, Relative> phrases, Pattern pattern) {
    }

    public TimeReferenceExtractor(TextNormalizer normalizer, DateMentionFinder dates, CalendarVocabulary vocabulary) {
        this.normalizer = normalizer;
        this.dates = dates;
        this.vocabulary = vocabulary;
        this.weekdays = Pattern.compile("(?<!\\w)(" + vocabulary.weekdayRegex() + ")(?!\\w)", FLAGS);
    }

    public List<TimeReference> extract(String text, String language, LocalDate published) {
        String folded = normalizer.foldKeepingOffsets(text);
        List<int[]> taken = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        for (DateMention m : dates.find(text, published)) {
            taken.add(new int[] {m.start(), m.end()});
            TimeReference.Granularity g = m.isDay() ? TimeReference.Granularity.DAY : TimeReference.Granularity.MONTH;
            found.add(new Found(m.start(), new TimeReference(text.substring(m.start(), m.end()), TimeReference.Kind.DATE, m.date(), g)));
        }
        RelativeVocabulary relative = relativeByLanguage.computeIfAbsent(language, this::relativeVocabulary);
        if (relative.pattern() != null) {
            Matcher m = relative.pattern().matcher(folded);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                taken.add(new int[] {m.start(), m.end()});
                Relative r = relative.phrases().get(m.group(1));
                found.add(new Found(m.start(), resolve(text.substring(m.start(), m.end()), r, published)));
            }
        }
        Matcher w = weekdays.matcher(folded);
        while (w.find()) {
            if (overlaps(taken, w.start(), w.end())) {
                continue;
            }
            taken.add(new int[] {w.start(), w.end()});
            DayOfWeek day = vocabulary.weekday(w.group(1));
            LocalDate date = published == null ? null : published.with(TemporalAdjusters.previousOrSame(day));
            found.add(new Found(w.start(), new TimeReference(text.substring(w.start(), w.end()), TimeReference.Kind.WEEKDAY, date, TimeReference.Granularity.DAY)));
        }
        Matcher y = YEAR.matcher(folded);
        while (y.find()) {
            if (overlaps(taken, y.start(), y.end())) {
                continue;
            }
            int year = Integer.parseInt(y.group(1));
            found.add(new Found(y.start(), new TimeReference(text.substring(y.start(), y.end()), TimeReference.Kind.YEAR, LocalDate.of(year, 1, 1), TimeReference.Granularity.YEAR)));
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found.stream().map(Found::reference).toList();
    }

    private record Found(int start, TimeReference reference) {
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static TimeReference resolve(String text, Relative r, LocalDate published) {
        if (r.weekday() != null) {
            LocalDate date = published == null ? null : r.offset() < 0
                    ? published.with(TemporalAdjusters.previous(r.weekday()))
                    : published.with(TemporalAdjusters.next(r.weekday()));
            return new TimeReference(text, TimeReference.Kind.WEEKDAY, date, TimeReference.Granularity.DAY);
        }
        LocalDate date = published == null ? null : switch (r.unit()) {
            case DAY -> published.plusDays(r.offset());
            case WEEK -> published.plusWeeks(r.offset()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> published.plusMonths(r.offset()).withDayOfMonth(1);
            case YEAR -> published.plusYears(r.offset()).withDayOfYear(1);
        };
        return new TimeReference(text, TimeReference.Kind.RELATIVE, date, r.unit());
    }

    /** "yesterday", "last week", "next Monday"… in one language, as ICU formats them. */
    private RelativeVocabulary relativeVocabulary(String language) {
        Map<String, Relative> phrases = new HashMap<>();
        RelativeDateTimeFormatter f;
        try {
            f = RelativeDateTimeFormatter.getInstance(new ULocale(language));
        } catch (RuntimeException e) {
            return new RelativeVocabulary(Map.of(), null);
        }
        // In a fixed order: where a language writes two of them alike, the first keeps the phrase, the same in every run
        Map<AbsoluteUnit, TimeReference.Granularity> units = new EnumMap<>(Map.of(AbsoluteUnit.DAY, TimeReference.Granularity.DAY,
                AbsoluteUnit.WEEK, TimeReference.Granularity.WEEK, AbsoluteUnit.MONTH, TimeReference.Granularity.MONTH,
                AbsoluteUnit.YEAR, TimeReference.Granularity.YEAR));
        Map<Direction, Integer> offsets = new EnumMap<>(Map.of(Direction.LAST_2, -2, Direction.LAST, -1, Direction.THIS, 0, Direction.NEXT, 1,
                Direction.NEXT_2, 2));
        for (var unit : units.entrySet()) {
            for (var direction : offsets.entrySet()) {
                if ((direction.getKey() == Direction.LAST_2 || direction.getKey() == Direction.NEXT_2) && unit.getKey() != AbsoluteUnit.DAY) {
                    continue;
                }
                add(phrases, f.format(direction.getKey(), unit.getKey()), new Relative(unit.getValue(), direction.getValue(), null));
            }
        }
        AbsoluteUnit[] days = {AbsoluteUnit.MONDAY, AbsoluteUnit.TUESDAY, AbsoluteUnit.WEDNESDAY, AbsoluteUnit.THURSDAY,
                AbsoluteUnit.FRIDAY, AbsoluteUnit.SATURDAY, AbsoluteUnit.SUNDAY};
        for (int d = 0; d < days.length; d++) {
            add(phrases, f.format(Direction.LAST, days[d]), new Relative(TimeReference.Granularity.DAY, -1, DayOfWeek.of(d + 1)));
            add(phrases, f.format(Direction.NEXT, days[d]), new Relative(TimeReference.Granularity.DAY, 1, DayOfWeek.of(d + 1)));
        }
        if (phrases.isEmpty()) {
            return new RelativeVocabulary(Map.of(), null);
        }
        String alternation = phrases.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return new RelativeVocabulary(phrases, Pattern.compile("(?<!\\w)(" + alternation + ")(?!\\w)", FLAGS));
    }

    private void add(Map<String, Relative> phrases, String phrase, Relative relative) {
        if (phrase == null || phrase.isBlank() || phrase.matches(".*\\d.*")) {
            return;
        }
        phrases.putIfAbsent(normalizer.foldKeepingOffsets(phrase.strip()), relative);
    }
}
