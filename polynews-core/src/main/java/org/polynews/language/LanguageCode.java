package org.polynews.language;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A language as a user or a feed writes it: an ISO 639-1 code the JDK knows ("en", "AR", "pt-BR"), lower-cased. */
public final class LanguageCode {
    private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

    private LanguageCode() {
    }

    /**
     * The code lower-cased, or empty when it is not an ISO 639-1 language code; a language tag's region or script
     * ("en-US", "pt_BR", "zh-Hant") is left off.
     */
    public static Optional<String> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        int subtag = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        if (subtag == 2) {
            lower = lower.substring(0, 2);
        }
        return KNOWN.contains(lower) ? Optional.of(lower) : Optional.empty();
    }
}
