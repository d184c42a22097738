package org.polynews.analyze;

import java.util.Map;
import java.util.Set;

/**
 * First- and second-person pronouns and possessives per language (I, we, you, our…): how much a text speaks
 * in a personal voice — an opinion piece, an interview, an appeal — rather than reporting in the third
 * person. Only unambiguous forms: German "Sie" (you / she / they) is left out, as are clitics.
 */
final class PersonalPronouns {
    private static final Map<String, Set<String>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", Set.of("i", "we", "me", "us", "my", "our", "ours", "mine", "myself", "ourselves",
                    "you", "your", "yours", "yourself", "yourselves")),
            Map.entry("de", Set.of("ich", "wir", "mir", "mich", "uns", "mein", "meine", "meinen", "meinem", "meiner", "meines",
                    "unser", "unsere", "unseren", "unserem", "unserer", "du", "dich", "dir", "dein", "deine", "euch", "euer", "eure")),
            Map.entry("es", Set.of("yo", "nosotros", "nosotras", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "conmigo",
                    "tú", "vosotros", "vosotras", "usted", "ustedes", "tu", "tus", "contigo")),
            Map.entry("fr", Set.of("je", "nous", "moi", "mon", "ma", "mes", "notre", "nos", "tu", "toi", "vous", "ton", "ta", "tes",
                    "votre", "vos")),
            Map.entry("it", Set.of("io", "noi", "mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "nostre", "tu", "voi",
                    "tuo", "tua", "tuoi", "vostro", "vostra")),
            Map.entry("pt", Set.of("eu", "nós", "meu", "minha", "meus", "minhas", "nosso", "nossa", "nossos", "nossas", "comigo",
                    "você", "vocês", "teu", "tua")),
            Map.entry("nl", Set.of("ik", "wij", "mij", "mijn", "ons", "onze", "jij", "jou", "jouw", "jullie", "uw")),
            Map.entry("pl", Set.of("ja", "my", "mnie", "nas", "nam", "mój", "moja", "moje", "moi", "nasz", "nasza", "nasze", "nasi",
                    "ty", "wy", "ciebie", "tobie", "was", "wam", "twój", "twoja", "wasz", "wasza")),
            Map.entry("tr", Set.of("ben", "biz", "beni", "bizi", "bana", "bize", "benim", "bizim", "sen", "siz", "seni", "sizi",
                    "sana", "size", "senin", "sizin")),
            Map.entry("ru", Set.of("я", "мы", "меня", "нас", "мне", "нам", "мой", "моя", "моё", "мои", "наш", "наша", "наше", "наши",
                    "ты", "вы", "тебя", "вас", "тебе", "вам", "твой", "ваш", "ваша")),
            Map.entry("ar", Set.of("أنا", "نحن", "إننا", "إنني", "أنت", "أنتم", "أنتما", "أنتن")),
            Map.entry("fa", Set.of("من", "ما", "تو", "شما", "مان")));

    private PersonalPronouns() {
    }

    /** Whether {@code word} (lower case) is a first- or second-person pronoun in {@code language}. */
    static boolean isPersonal(String word, String language) {
        Set<String> pronouns = BY_LANGUAGE.get(language);
        return pronouns != null && pronouns.contains(word);
    }
}
