package org.polynews.analyze;

import org.polynews.language.SentenceMarks;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Measures a {@link StyleProfile} from an article's paragraphs. */
public final class StyleMeter {
    private static final Pattern SENTENCE_END = Pattern.compile("[" + SentenceMarks.END + "]+(?=\\s|$)");
    private static final Pattern QUOTED = Pattern.compile("[\"“„«「]([^\"”»」]{1,600})[\"”»」]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    public StyleProfile measure(List<String> paragraphs, List<Token> tokens, String language) {
        String text = String.join("\n", paragraphs);
        int words = tokens.size();
        int sentences = 0;
        int questions = 0;
        int exclamations = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            sentences++;
            String mark = m.group();
            if (mark.contains("?") || mark.contains("؟") || mark.contains("？")) {
                questions++;
            }
            if (mark.contains("!") || mark.contains("！")) {
                exclamations++;
            }
        }
        sentences = Math.max(sentences, paragraphs.isEmpty() ? 0 : 1);
        int quoted = 0;
        m = QUOTED.matcher(text);
        while (m.find()) {
            quoted += m.group(1).length();
        }
        int numbers = 0;
        int personal = 0;
        for (Token t : tokens) {
            if (NUMBER.matcher(t.text()).matches()) {
                numbers++;
            } else if (PersonalPronouns.isPersonal(t.text().toLowerCase(Locale.ROOT), language)) {
                personal++;
            }
        }
        double perSentence = sentences == 0 ? 0 : words / (double) sentences;
        return new StyleProfile(words, sentences, round(perSentence), round(text.isEmpty() ? 0 : quoted / (double) text.length()),
                round(sentences == 0 ? 0 : 100.0 * questions / sentences), round(sentences == 0 ? 0 : 100.0 * exclamations / sentences),
                round(words == 0 ? 0 : 100.0 * numbers / words), paragraphs.size(), round(words == 0 ? 0 : 100.0 * personal / words));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
