package org.polynews.extract;

import java.util.regex.Pattern;

/**
 * Recognises the lines of page furniture that scraping leaves in an article's text, in the supported
 * languages: newsletter and cookie boxes, share and follow prompts, comment forms, view counters,
 * breadcrumbs, copyright lines, and the headings that start "related articles" or comment sections
 * (after which nothing belongs to the article). General rules, not rules for particular sites.
 */
public final class BoilerplateLines {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern JUNK = Pattern.compile("(?<!\\p{L})(?:" + String.join("|",
            // newsletters, subscriptions, accounts
            "newsletter", "subscribe", "sign up", "signup", "log in to", "email address", "e-mail address",
            "we hate spam", "unsubscribe", "abonnez-vous", "abonnieren", "suscr[ií]bete", "iscriviti", "abone ol",
            "подпис(?:аться|ывайтесь)", "zapisz się", "subskrybuj", "اشترك", "النشرة البريدية", "عضویت در خبرنامه", "خبرنامه",
            // cookies, ads, rights
            "cookie", "advertisement", "sponsored", "anzeige", "publicidad", "publicité", "реклама", "reklam",
            "all rights reserved", "©", "copyright", "alle rechte vorbehalten", "todos los derechos",
            "tous droits réservés", "все права защищены", "tüm hakları saklıdır", "جميع الحقوق محفوظة", "تمامی حقوق",
            "کلیه حقوق", "版权所有",
            // share / follow
            "share (?:this|on)", "follow us", "(?:jetzt|artikel|beitrag) teilen", "compartir en", "partager sur", "condividi", "paylaş", "поделиться",
            "udostępnij", "شارك", "تابعونا", "اشتراک گذاری", "分享", "follow \\p{L}+(?: \\p{L}+)? on (?:twitter|facebook|instagram)",
            "s[ií]guenos", "share it", "(?:twitter|facebook|instagram|telegram|whatsapp|youtube)\\W.*\\W(?:twitter|facebook|instagram|telegram|whatsapp|youtube)(?!\\p{L})",
            "download (?:the|our) .{0,30}app", "kostenlos registrieren", "jetzt registrieren", "artikel bewerten",
            "\\d+ min(?:ute)?s? read", "lesezeit", "not logged in", "nicht eingeloggt", "keine kommentare", "no comments",
            "veröffentlicht in", "this entry was posted", "(?:dieser|der) beitrag wurde am", "ohne gewähr", "posteingang",
            "in your inbox", "straight to your (?:phone|inbox)", "unterstütze", "support (?:us|our journalism)",
            // disclosures and credits
            "werbung", "affiliate", "contains references to products", "(?:photo|image|picture|foto|bild) ?(?:credit)?s? ?:",
            "crédits? photos?", "fotos?: ", "quelle: ",
            // comments and counters
            "comments will be", "leave a (?:reply|comment)", "required fields", "will not be published",
            "post a comment", "kommentar schreiben", "deja un comentario", "laisser un commentaire",
            "has been viewed \\d+", "^\\d+ ?shares?$", "sharing is caring", "viewed \\d+ times", "\\d+ views?\\b", "\\bviews?: ?\\d+", "تعداد بازدید", "بازدید:",
            "عدد المشاهدات", "مشاهدات:", "просмотр(?:ов|а)?:? ?\\d+", "okunma",
            // navigation
            "^home ?[/>»|]", "^(?:start|inicio|accueil|الرئيسية|صفحه اصلی|главная|anasayfa) ?[/>»|]",
            "^(?:top|back to top|skip to content|menu|search)$",
            "^(?:facebook|twitter|whatsapp|telegram|linkedin|email|print|x|reddit)(?:[ ,|/]+(?:facebook|twitter|whatsapp|telegram|linkedin|email|print|x|reddit))*$"
    ) + ")", FLAGS);

    private static final Pattern END_OF_ARTICLE = Pattern.compile("^(?:" + String.join("|",
            "related(?: articles| stories| news| posts| content)?", "check also", "read (?:also|more)", "see also",
            "more (?:from|on|stories)\\b.*", "(?:more|other|latest|top|popular|related) (?:\\p{L}+ ){0,3}(?:stories|articles|news|posts|reads|videos)", "you (?:may|might) also like", "recommended(?: for you)?", "most (?:read|popular)",
            "comments?", "\\d+ comments?", "leave a reply", "about the author", "about \\p{Lu}\\p{L}+",
            "mehr zum thema", "ähnliche artikel", "das könnte (?:sie|dich) auch interessieren", "über (?:den|die) autor(?:in)?", "lesen sie auch",
            "art[ií]culos relacionados", "noticias relacionadas", "te puede interesar", "lee también",
            "articles similaires", "[àa] lire aussi", "lire aussi", "sur le même sujet",
            "articoli correlati", "leggi anche", "czytaj (?:także|też)", "zobacz (?:też|także)",
            "читайте также", "похожие (?:новости|статьи)", "по теме", "ilgili haberler", "benzer haberler",
            "مقالات ذات صلة", "أخبار ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "مواضيع ذات صلة", "التعليقات",
            "مطالب مرتبط", "اخبار مرتبط", "بیشتر بخوانید", "نظرات", "相关新闻", "相关阅读", "热门推荐"
    ) + ")[\\s:.!…]*$", FLAGS);

    private static final Pattern BYLINE_START = Pattern.compile(
            "^(?i:by|von|por|par|door|przez|автор:?|yazan:?|بقلم|كتب|نویسنده:?|作者[:：]?)\\s+\\p{Lu}");

    private static final Pattern ONLY_LINK = Pattern.compile(
            "^(?:<?(?:https?://|www\\.)\\S+>?|<?mailto:\\S+>?|\\S+@\\S+\\.\\w+)$", FLAGS);

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|von|por|par|di|da|door|przez|автор:?|yazan:?|بقلم|كتب|نویسنده:?|作者[:：]?)\\s+(\\p{L}[\\p{L}.'’\\- ]{1,60})$", FLAGS);

    public boolean isJunk(String line) {
        return wordCount(line) <= 25 && JUNK.matcher(line).find();
    }

    public boolean isEndOfArticle(String line) {
        return wordCount(line) <= 6 && END_OF_ARTICLE.matcher(line.strip()).matches();
    }

    public boolean isOnlyLink(String line) {
        return ONLY_LINK.matcher(line.strip()).matches();
    }

    /** The author's name when the line is a byline ("By Jason Ditz"), else null. */
    public String byline(String line) {
        String s = line.strip();
        if (wordCount(s) > 8) {
            return null;
        }
        var m = BYLINE.matcher(s);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** A short line that starts with a byline ("By Bill Hoppe | Special to the Pioneer Press"). */
    public boolean startsWithByline(String line) {
        return wordCount(line) <= 12 && BYLINE_START.matcher(line.strip()).find();
    }

    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && Character.isIdeographic(c)) {
                words++; // CJK has no spaces: count each character as a word
                inWord = false;
                continue;
            }
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
