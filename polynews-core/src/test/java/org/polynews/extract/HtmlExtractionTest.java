package org.polynews.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.source.CollectingSink;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceMetadata;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The traps of real web pages, each on a small page written for the test. */
class HtmlExtractionTest {
    static Pipeline pipeline;

    @BeforeAll
    static void wire() {
        pipeline = new Pipeline(Polynews.jsonMapper());
    }

    static Article extract(String html) {
        return extract(html, null);
    }

    static Article extract(String html, String url) {
        SourceDocument page = new SourceDocument("page.html", html, org.polynews.source.ContentFormat.HTML,
                new SourceMetadata(null, url, null, null));
        return pipeline.extract(page).article();
    }

    static final String STORY = """
            <p>The regional council approved the new tram line on Tuesday after a debate that lasted more than six hours.</p>
            <p>Construction of the eleven-kilometre line is due to start in the spring, the council's transport committee said.</p>
            <p>Opponents argued that the money, about 240 million euros, would be better spent on buses and cycle paths.</p>
            """;

    @Test
    void ogTitleLosesSiteSuffixAndMetaDateIsRead() {
        Article a = extract("""
                <html><head><title>Council backs tram line – Rhine Courier</title>
                <meta property="og:title" content="Council backs tram line | Rhine Courier">
                <meta property="og:site_name" content="Rhine Courier">
                <meta property="article:published_time" content="2024-03-12T18:30:00+01:00">
                </head><body><div class="story">""" + STORY + "</div></body></html>");
        assertThat(a.title()).isEqualTo("Council backs tram line");
        assertThat(a.site()).isEqualTo("Rhine Courier");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(a.dateSource()).isEqualTo(DateSource.META_TAG);
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void brokenJsonLdStillGivesItsDate() {
        Article a = extract("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram line",
                "datePublished": "2024-03-12T08:00:00Z", "author": {"name": "Ana Ruiz"},}</script></head>
                <body><article>""" + STORY + "</article></body></html>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(a.dateSource()).isEqualTo(DateSource.JSON_LD);
    }

    @Test
    void dateInTheAddressWinsOverAModifiedMetaDate() {
        Article a = extract("""
                <html><head><meta name="date" content="2024-05-30"></head>
                <body><article>""" + STORY + "</article></body></html>", "https://news.example.org/2024/03/12/tram-line/");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(a.dateSource()).isEqualTo(DateSource.URL);
    }

    @Test
    void visibleDatelineIsUsedAndAnUpdateNoticeIsNot() {
        Article a = extract("""
                <html><body><h1>Council backs tram line</h1>
                <p class="info">Last updated: 20.03.2024</p><p>Published on 12.03.2024 by the newsroom</p>
                <div>""" + STORY + "</div></body></html>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(a.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void commentsRelatedLinksShareButtonsAndCookieDialogStayOut() {
        Article a = extract("""
                <html><body>
                <div id="cookie-consent-overlay"><p>We and our 214 partners use cookies and similar technologies to store and access
                information on your device, to personalise content and adverts and to measure how our site is used by you.</p>
                <p>You can change your choice at any time in the privacy settings at the bottom of every page of this website.</p></div>
                <header class="site-header"><a href="/">Rhine Courier</a> <a href="/city">City</a> <a href="/sport">Sport</a></header>
                <main><article><h1>Council backs tram line</h1>""" + STORY + """
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                <h3>Related articles</h3>
                <ul><li><a href="/a">Bus fares rise again in the new year, the transport company announced</a></li>
                <li><a href="/b">Cycle path along the river to be finished in autumn after long delays</a></li></ul>
                </article>
                <section id="comments"><h3>12 comments</h3>
                <div class="comment"><p>About time! I have been waiting for this tram for twenty years and I am glad it is finally coming.</p></div>
                <div class="comment"><p>Another waste of taxpayers' money, nobody will use it outside rush hour, mark my words.</p></div>
                </section></main>
                <footer><p>© 2024 Rhine Courier. All rights reserved. Imprint, privacy policy and terms of use.</p></footer>
                </body></html>""");
        assertThat(a.text()).contains("eleven-kilometre line", "240 million euros")
                .doesNotContain("cookies", "Share on", "Bus fares", "Cycle path along", "About time", "taxpayers", "All rights reserved");
        assertThat(a.title()).isEqualTo("Council backs tram line");
    }

    @Test
    void relatedBoxInTheMiddleEndsOnlyTheBox() {
        Article a = extract("""
                <html><body><article><h1>Council backs tram line</h1>
                <p>The regional council approved the new tram line on Tuesday after a debate that lasted more than six hours.</p>
                <p>Construction of the eleven-kilometre line is due to start in the spring, the council's transport committee said.</p>
                <div class="box"><h4>Read more</h4><ul><li><a href="/x">Tram fares explained</a></li></ul></div>
                <p>Opponents argued that the money, about 240 million euros, would be better spent on buses and cycle paths.</p>
                </article></body></html>""");
        assertThat(a.text()).contains("240 million euros").doesNotContain("Tram fares explained", "Read more");
    }

    @Test
    void textBetweenLineBreaksWithoutParagraphs() {
        Article a = extract("""
                <html><body><table><tr><td class="nav"><a href="/">Home</a><br><a href="/archive">Archive</a></td>
                <td class="main">The regional council approved the new tram line on Tuesday after a debate of six hours.<br><br>
                Construction of the eleven-kilometre line is due to start in the spring, the committee said.<br><br>
                Opponents argued that the money would be better spent on buses and cycle paths.</td></tr></table></body></html>""");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.text()).doesNotContain("Archive");
    }

    @Test
    void wrapperWithAFurnitureWordInItsNameIsNotThrownAway() {
        Article a = extract("""
                <html><body class="has-sidebar"><div class="content-with-sidebar-wrp"><div class="box article modal-enabled">
                <h1>Council backs tram line</h1><div class="entry-content entry-content-read-more">""" + STORY + """
                </div></div></div><aside class="sidebar"><p>Most read: ten things to do in the city this weekend with children.</p></aside>
                </body></html>""");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.text()).doesNotContain("Most read");
    }

    @Test
    void leadBetweenHeadlineAndBodyIsKept() {
        Article a = extract("""
                <html><body><article><header><h1>Council backs tram line</h1>
                <div class="intro"><p>After six hours of debate the council said yes to the city's biggest transport project in decades.</p></div>
                <p class="byline">By Ana Ruiz</p></header>
                <div class="row"><div class="col">""" + STORY + "</div></div></article></body></html>");
        assertThat(a.paragraphs().get(0)).startsWith("After six hours of debate");
        assertThat(a.text()).doesNotContain("By Ana Ruiz");
    }

    @Test
    void rightToLeftArticleWithItsOwnFurniture() {
        Article a = extract("""
                <html lang="ar" dir="rtl"><head><title>مجلس المدينة يوافق على خط الترام - صحيفة النهر</title></head><body>
                <nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
                <article><h1>مجلس المدينة يوافق على خط الترام</h1>
                <p>وافق مجلس المدينة يوم الثلاثاء على إنشاء خط الترام الجديد بعد نقاش استمر أكثر من ست ساعات.</p>
                <p>ومن المقرر أن يبدأ بناء الخط الذي يبلغ طوله أحد عشر كيلومترا في الربيع، بحسب لجنة النقل في المجلس.</p>
                <p>تابعونا على فيسبوك وتويتر</p>
                <h3>مقالات ذات صلة</h3><p><a href="/x">ارتفاع أسعار تذاكر الحافلات مرة أخرى في العام الجديد</a></p>
                </article></body></html>""");
        assertThat(a.title()).isEqualTo("مجلس المدينة يوافق على خط الترام");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).doesNotContain("تابعونا", "الحافلات");
        assertThat(pipeline.languageOf(a)).isEqualTo("ar");
    }

    @Test
    void brokenMarkupStillYieldsTheArticle() {
        Article a = extract("""
                <html><body><div class="story"><h1>Council backs tram line
                <p>The regional council approved the new tram line on Tuesday after a debate that lasted more than six hours.
                <p>Construction of the eleven-kilometre line is due to start in the spring, <b>the council's transport committee said.
                <p>Opponents argued that the money, about 240 million euros, would be better spent on buses and cycle paths.
                </div></span></td><div><p>""");
        assertThat(a.text()).contains("six hours", "eleven-kilometre", "240 million euros");
    }

    @Test
    void deeplyNestedHugePageDoesNotOverflowTheStack() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(5000));
        html.append("<p>The regional council approved the new tram line on Tuesday after a debate that lasted more than six hours.</p>");
        html.append("</div>".repeat(5000));
        for (int i = 0; i < 3000; i++) {
            html.append("<ul class=\"menu\"><li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li></ul>");
        }
        html.append("<div class=\"story\">").append(STORY).append("</div></body></html>");
        Article a = extract(html.toString());
        assertThat(a.text()).contains("240 million euros").doesNotContain("Section 12");
    }

    @Test
    void rubyPronunciationGuidesAreNotText() {
        Article a = extract("""
                <html><body><article><h1>市議会</h1>
                <p><ruby>市議会<rt>しぎかい</rt></ruby>は<ruby>火曜日<rt>かようび</rt></ruby>、新しい路面電車の路線を承認しました。議論は六時間以上続きました。</p>
                <p>全長十一キロの路線の建設は春に始まる予定だと、交通委員会が発表しました。反対派は費用が高すぎると主張しています。</p>
                </article></body></html>""");
        assertThat(a.text()).contains("市議会は火曜日、新しい路面電車").doesNotContain("しぎかい");
    }

    @Test
    void pageInALegacyCharsetIsDecodedFromItsMetaTag(@TempDir Path dir) throws Exception {
        String html = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
                <title>Городской совет одобрил трамвайную линию</title></head><body><div class="text">
                <p>Городской совет во вторник одобрил строительство новой трамвайной линии после дебатов, длившихся более шести часов.</p>
                <p>Строительство линии длиной одиннадцать километров начнется весной, сообщил транспортный комитет совета.</p>
                </div></body></html>""";
        Path file = dir.resolve("tram.html");
        Files.write(file, html.getBytes(Charset.forName("windows-1251")));
        CollectingSink sink = new CollectingSink();
        pipeline.sourceReader(InputStream::nullInputStream).read(List.of(file.toString()), sink);
        Article a = pipeline.extract(sink.documents().get(0)).article();
        assertThat(a.title()).isEqualTo("Городской совет одобрил трамвайную линию");
        assertThat(a.text()).contains("одиннадцать километров");
    }
}
