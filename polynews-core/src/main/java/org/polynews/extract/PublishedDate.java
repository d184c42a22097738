package org.polynews.extract;

import java.time.LocalDate;

/** A publication date and where it was found. */
public record PublishedDate(LocalDate date, DateSource source) {
    public static final PublishedDate NONE = new PublishedDate(null, DateSource.NONE);

    public boolean isKnown() {
        return date != null;
    }
}
