package org.polynews.server.api;

import java.time.LocalDate;

/** An event or storyline as a listing ranks it ({@link ListingOrder}). */
interface Listed {
    String id();

    LocalDate lastPublished();

    CoverageItem coverage();
}
