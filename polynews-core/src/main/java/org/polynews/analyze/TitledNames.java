package org.polynews.analyze;

import org.apache.lucene.analysis.CharArraySet;
import org.polynews.language.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names in Arabic text, which has no capital letters to mark them, found the way a reader finds them:
 * after a title or a verb of saying. News writes "الفنانة المصرية إيمان العاصي" (the Egyptian actress
 * Iman al-Asi), "الرئيس السابق باراك أوباما", "وقال مهدي رضائي المتحدث باسم…". After a title come at most
 * two describing words (a place adjective, or a word with the article, such as السابق "former"); then one
 * to three words of name. A name's first word never carries the article ال, which marks a common word
 * there; after "said" only a two-word name that something closes (see {@link #endsName}). Persian is left
 * out: with no article to tell them apart, the words after a name (آقای ظریف روز …) cannot be told from it.
 */
final class TitledNames {
    /** Normalised (see {@link TextNormalizer}) titles and roles that Arabic news puts before a name. */
    private static final Set<String> TITLES = Set.of(
            "الرييس", "الرييسه", "الفنان", "الفنانه", "الوزير", "الوزيره", "اللاعب", "اللاعبه", "النجم", "النجمه",
            "الشيخ", "الامير", "الاميره", "الملك", "الملكه", "الدكتور", "الدكتوره", "السيد", "السيده", "المطرب",
            "المطربه", "الممثل", "الممثله", "المخرج", "المخرجه", "الاعلامي", "الاعلاميه", "الكاتب", "الكاتبه",
            "الشاعر", "الشاعره", "المدرب", "اللواء", "العميد", "العقيد", "الجنرال", "النايب", "النايبه", "السفير",
            "السفيره", "البابا", "الامام", "المستشار", "المستشاره", "الداعيه", "المهندس", "المحامي", "القاضي",
            "الاستاذ", "الاستاذه", "المغني", "المغنيه", "الصحفي", "الصحفيه", "الناشط", "الناشطه", "المشير");
    /**
     * Offices named by what they govern: "وزيرة الطاقة المغربية نادية التازي" (the Moroccan energy minister
     * Nadia Tazi). The portfolio must come first and the name have two words, since the same words also
     * open sentences without any name ("رئيس الوزراء يلتقي…").
     */
    private static final Set<String> OFFICES = Set.of("وزير", "وزيره", "رييس", "رييسه", "مدير", "مديره", "امين", "سفير", "قايد");
    /** Normalised verbs of saying that Arabic news puts before the speaker ("وقال مهدي رضائي المتحدث باسم…"). */
    private static final Set<String> SPEECH_VERBS = Set.of(
            "قال", "وقال", "قالت", "وقالت", "اعلن", "واعلن", "اعلنت", "واعلنت", "اكد", "واكد", "اكدت", "واكدت",
            "اوضح", "واوضح", "اوضحت", "واوضحت", "اضاف", "واضاف", "اضافت", "واضافت", "صرح", "وصرح", "صرحت", "وصرحت",
            "كشف", "وكشف", "كشفت", "وكشفت", "ذكر", "وذكر", "ذكرت", "وذكرت", "اشار", "واشار", "اشارت", "واشارت");
    /** Normalised nouns that start a description, not a name, when they follow a cue ("وقال وزير التعليم إن"). */
    private static final Set<String> NOT_FIRST_NAMES = Set.of(
            "وزير", "وزيره", "رييس", "رييسه", "مدير", "مديره", "وكيل", "وكيله", "مسوول", "مسووله", "مصدر", "ذات", "احد",
            "احدي", "عضو", "نايب", "نايبه", "قايد", "مساعد", "مساعده", "برنامج", "عدد", "بعض", "كل");
    private static final Set<String> COMPOUND_NAME_STARTS = Set.of("عبد", "ابو", "ابن", "بن", "ام");
    private static final Pattern PARTICLE_AND_ARTICLE = Pattern.compile("[وفبكل]ال|لل");
    private static final int MAX_DESCRIBING_WORDS = 2;
    private static final int MAX_NAME_WORDS = 3;

    private final TextNormalizer normalizer;

    TitledNames(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * @param used  tokens already taken (places): they may describe the person but are never the name
     * @param stop  the language's stop words
     * @return each name as its words, in text order
     */
    List<List<String>> find(List<Token> tokens, boolean[] used, CharArraySet stop) {
        List<List<String>> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String cue = normalizer.normalize(tokens.get(i).text());
            boolean office = OFFICES.contains(cue);
            boolean title = TITLES.contains(cue) || office;
            if (!title && !SPEECH_VERBS.contains(cue)) {
                continue;
            }
            int at = i + 1;
            int describing = 0;
            while (title && at < tokens.size() && describing < MAX_DESCRIBING_WORDS && tokens.get(at).joinedToPrevious()
                    && (used[at] || withArticle(tokens.get(at)))) {
                at++;
                describing++;
            }
            List<String> name = new ArrayList<>();
            while (at < tokens.size() && name.size() < MAX_NAME_WORDS && tokens.get(at).joinedToPrevious() && !used[at]
                    && isNameWord(tokens.get(at), stop) && (name.isEmpty() ? startsName(tokens.get(at)) : continues(name))) {
                name.add(tokens.get(at).text());
                at++;
            }
            if (!name.isEmpty() && (office ? describing > 0 && name.size() >= 2 : title || endsName(name, tokens, at, stop))) {
                names.add(name);
                i = at - 1;
            }
        }
        return names;
    }

    /**
     * After "said" a name is only taken when it has two words and what follows closes it: punctuation, a
     * function word (إن "that") or a role with the article (المتحدث "the spokesman"). "وقال وزير الخارجية
     * سامح شكري" is then no name at all rather than a wrong one.
     */
    private boolean endsName(List<String> name, List<Token> tokens, int next, CharArraySet stop) {
        if (name.size() < 2) {
            return false;
        }
        if (next >= tokens.size() || !tokens.get(next).joinedToPrevious()) {
            return true;
        }
        Token t = tokens.get(next);
        return stop.contains(t.text()) || stop.contains(normalizer.normalize(t.text())) || withArticle(t);
    }

    /** A name goes on to a second word, and to a third only with a compound part (عبد الفتاح السيسي, محمد بن سلمان). */
    private boolean continues(List<String> name) {
        return name.size() == 1 || name.stream().anyMatch(w -> COMPOUND_NAME_STARTS.contains(normalizer.normalize(w)));
    }

    private boolean startsName(Token t) {
        return !withArticle(t) && !NOT_FIRST_NAMES.contains(normalizer.normalize(t.text()));
    }

    private static boolean withArticle(Token t) {
        return t.text().startsWith("ال") && t.text().length() > 3;
    }

    /** Not a function word, and not a common word behind a particle and the article (والمرافق "and the utilities"). */
    private boolean isNameWord(Token t, CharArraySet stop) {
        String text = t.text();
        return text.length() >= 2 && TextNormalizer.isCaselessLetter(text.codePointAt(0)) && !stop.contains(text)
                && !stop.contains(normalizer.normalize(text)) && !PARTICLE_AND_ARTICLE.matcher(text).lookingAt();
    }
}
