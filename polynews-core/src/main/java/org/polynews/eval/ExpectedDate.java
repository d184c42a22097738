package org.polynews.eval;

import org.polynews.extract.Article;

import java.time.LocalDate;

/**
 * The publication day, as htmldate's evaluation counts it: the right day is a true positive, a wrong
 * day a false positive, no day a false negative.
 */
public record ExpectedDate(LocalDate date) implements Expectation {
    @Override
    public PageScore score(Article extracted) {
        LocalDate found = extracted == null ? null : extracted.published();
        if (found == null) {
            return new PageScore(0, 0, date == null ? 0 : 1, date == null ? "" : "no date found, expected " + date);
        }
        if (found.equals(date)) {
            return new PageScore(1, 0, 0, "");
        }
        return new PageScore(0, 1, 0, "found " + found + " (" + extracted.dateSource().name().toLowerCase(java.util.Locale.ROOT)
                + "), expected " + (date == null ? "none" : date));
    }
}
