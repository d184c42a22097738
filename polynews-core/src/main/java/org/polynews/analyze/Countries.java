package org.polynews.analyze;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;

/** ISO 3166 facts about a country code, from ICU's CLDR data. */
public final class Countries {
    private Countries() {
    }

    /** The three-digit numeric code of a two-letter one ("DE": "276"), as world maps key their shapes; null if unknown. */
    public static String numeric(String iso2) {
        try {
            int code = Region.getInstance(iso2).getNumericCode();
            return code <= 0 ? null : String.format("%03d", code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The country's English name ("DE": "Germany"). */
    public static String name(String iso2) {
        return new ULocale("", iso2).getDisplayCountry(ULocale.ENGLISH);
    }
}
