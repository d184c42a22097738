package org.polynews.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date out of the short strings that carry one: metadata values ("2017-05-02T10:00Z",
 * "Tue, 02 May 2017 09:00:00 GMT", "May 2, 2017") and URLs ("/2016/11/14/slug").
 */
public final class DateReader {
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");

    private final DateMentionFinder finder;

    public DateReader(DateMentionFinder finder) {
        this.finder = finder;
    }

    /** The first full date (day, month and year) in a metadata value. */
    public Optional<LocalDate> fromValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<DateMention> mentions = finder.find(value.strip(), null);
        return mentions.stream()
                .filter(m -> m.yearWritten() && m.isDay() && m.date() != null)
                .map(DateMention::date)
                .findFirst();
    }

    /** A date written in the path of a URL. */
    public Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        for (Pattern pattern : List.of(URL_DATE, URL_COMPACT_DATE)) {
            Matcher m = pattern.matcher(url);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
