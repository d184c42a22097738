package org.polynews.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarVocabularyTest {
    private static List<String> found(Pattern names, String text) {
        Matcher m = Pattern.compile("(?<!\\w)(" + names.pattern() + ")(?!\\w)").matcher(text);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void aTreeOfNamesMatchesEachNameWholeAndTheLongestFirst() {
        Pattern names = CalendarVocabulary.alternation(Set.of("jan", "janv", "janvier", "january", "juin", "juni", "mar", "marzo", "mars",
                "sept.", "ژانویه", "sa'at"));
        assertThat(found(names, "janvier 2024, jan 5, janv. 3, january, juni and juin")).containsExactly("janvier", "jan", "janv", "january", "juni", "juin");
        assertThat(found(names, "marzo mars mar marz")).as("a beginning that is no name is not matched").containsExactly("marzo", "mars", "mar");
        assertThat(found(names, "sept. ژانویه sa'at")).as("punctuation and other scripts as written").containsExactly("sept.", "ژانویه", "sa'at");
        assertThat(found(names, "ja j janu")).isEmpty();
        // when what follows the name decides, shorter names are tried after the longer ones, as in an alternation
        Matcher m = Pattern.compile("(" + names.pattern() + ")v?ier").matcher("janvier");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("janv");
    }

    @Test
    void theVocabularysMonthsAreFoundInManyLanguages() {
        org.polynews.language.TextNormalizer normalizer = new org.polynews.language.TextNormalizer();
        Pattern months = Pattern.compile(new CalendarVocabulary(normalizer).monthRegex());
        for (String month : List.of("January", "janvier", "Januar", "enero", "stycznia", "Ocak", "Mart", "دسامبر", "ژانویه")) {
            assertThat(months.matcher(normalizer.foldKeepingOffsets(month)).matches()).as(month).isTrue();
        }
    }
}
