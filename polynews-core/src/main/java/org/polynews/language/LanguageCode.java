package org.polynews.language;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A reader's language as a user writes it: an ISO 639-1 code the JDK knows ("en", "AR"), lower-cased. */
public final class LanguageCode {
    private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

    private LanguageCode() {
    }

    /** The code lower-cased, or empty when it is not an ISO 639-1 language code. */
    public static Optional<String> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        return KNOWN.contains(lower) ? Optional.of(lower) : Optional.empty();
    }
}
