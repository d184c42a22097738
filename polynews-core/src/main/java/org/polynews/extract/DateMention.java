package org.polynews.extract;

import java.time.LocalDate;

/**
 * An absolute date written in a text ("14 November 2016", "۱۴ آبان ۱۳۹۵", "2017年5月2日").
 *
 * @param start       offset of the first character in the text
 * @param end         offset after the last character
 * @param date        the Gregorian date; for a month mention the first of the month; null when the year was
 *                    not written and no reference date allowed guessing it
 * @param month       month of year (1-12, Gregorian)
 * @param day         day of month, or 0 for a month mention
 * @param yearWritten whether the text gave the year
 */
public record DateMention(int start, int end, LocalDate date, int month, int day, boolean yearWritten) {
    public boolean isDay() {
        return day > 0;
    }
}
