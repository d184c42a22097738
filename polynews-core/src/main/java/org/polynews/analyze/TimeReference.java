package org.polynews.analyze;

import java.time.LocalDate;

/**
 * A reference to time in an article: a date, a weekday, a relative expression ("yesterday", "last week")
 * or a year, resolved against the publication date where it can be.
 *
 * @param text        as written
 * @param kind        what sort of expression it is
 * @param date        the day it points to (first day of the week/month/year for coarser references); null
 *                    when it cannot be resolved (no publication date, no year)
 * @param granularity how precise the reference is
 */
public record TimeReference(String text, Kind kind, LocalDate date, Granularity granularity) {
    public enum Kind { DATE, WEEKDAY, RELATIVE, YEAR }

    public enum Granularity { DAY, WEEK, MONTH, YEAR }
}
