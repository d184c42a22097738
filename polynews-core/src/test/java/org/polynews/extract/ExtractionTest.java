package org.polynews.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.polynews.language.TextNormalizer;
import org.polynews.source.ContentFormat;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceMetadata;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionTest {
    final TextNormalizer normalizer = new TextNormalizer();
    final DateMentionFinder dates = new DateMentionFinder(normalizer, new CalendarVocabulary(normalizer));
    final DateReader dateReader = new DateReader(dates);
    final BoilerplateLines boilerplate = new BoilerplateLines();
    final ScrapedTextExtractor text = new ScrapedTextExtractor(boilerplate, dates, dateReader);
    final ArticleExtractor extractor = new ArticleExtractor(new HtmlArticleExtractor(new ObjectMapper(), new PublicationDateFinder(dateReader, dates, Clock.systemUTC()), text, boilerplate), text, dateReader);

    /** Each text block used to be walked up to the page's root, so a page nested this deep took a minute, not a second. */
    @Test
    void aPageNestedTenThousandDeepWithTextAtEveryLevelIsExtracted() {
        StringBuilder page = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (int i = 0; i < 10_000; i++) {
            page.append("<div>");
            if (i % 4 == 0) { // every fourth level, so that the whole stays an article's length
                page.append("Level ").append(i).append(" of the tower holds a sentence, with a comma, like a paragraph does. ");
            }
        }
        page.append("</div>".repeat(10_000)).append("</body></html>");
        Article a = extractor.extract(new SourceDocument("deep.html", page.toString(), ContentFormat.HTML, SourceMetadata.NONE));
        assertThat(a.fullText()).contains("Level 0 of the tower").contains("Level 9996 of the tower");
    }

    @Test
    void scrapedTextLosesMastheadNewsletterAndRelatedLinks() {
        Article a = extractor.extract(SourceDocument.plainText("t.txt", """
                Monday , March 2 2026
                Home / World / Ferry strike ends in Piraeus

                Ferry strike ends in Piraeus

                By Eleni Markou
                February 27, 2026

                Greek ferry crews ended a four-day strike on Friday after the government in Athens agreed to raise wages by 6 percent.

                Ships left Piraeus for the islands within hours, and the port authority said 40,000 passengers had been stranded since Monday.

                Join over 3.000 visitors who are receiving our newsletter.
                Related articles
                Airport workers plan walkout in Thessaloniki next week
                """));
        assertThat(a.title()).isEqualTo("Ferry strike ends in Piraeus");
        assertThat(a.author()).isEqualTo("Eleni Markou");
        assertThat(a.published()).as("the byline date, not the site's today line").isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.text()).doesNotContain("newsletter", "Thessaloniki", "Home /");
    }

    @Test
    void htmlTakesHeadlineAndJsonLdDateAndDropsFurniture() {
        Article a = extractor.extract(SourceDocument.html("p.html", """
                <html><head><title>Port of Gdańsk reopens | Baltic Daily</title>
                <meta property="og:site_name" content="Baltic Daily">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-03T08:00:00+01:00","author":{"name":"Piotr Nowak"}}</script>
                </head><body><nav><a href="/">Home</a></nav>
                <article><h1>Port of Gdańsk reopens</h1>
                <p>The port of Gdańsk reopened on Monday after a storm closed it for three days, the harbour master said.</p>
                <p>About 20 ships had waited off the coast of Poland for the wind to ease.</p>
                <div class="share-tools"><a href="#">Share on Facebook</a></div></article>
                <section class="comments"><p>Great news for the city, finally the port is open again!</p></section>
                </body></html>"""));
        assertThat(a.title()).isEqualTo("Port of Gdańsk reopens");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(a.dateSource()).isEqualTo(DateSource.JSON_LD);
        assertThat(a.author()).isEqualTo("Piotr Nowak");
        assertThat(a.site()).isEqualTo("Baltic Daily");
        assertThat(a.text()).contains("20 ships").doesNotContain("Share on Facebook", "Great news");
    }

    @Test
    void datesInManyLanguagesAndCalendars() {
        assertThat(dates.find("Madrid, 2 de mayo de 2017", null)).singleElement().extracting(DateMention::date).isEqualTo(LocalDate.of(2017, 5, 2));
        assertThat(dates.find("Москва, 2 мая 2017 года", null)).singleElement().extracting(DateMention::date).isEqualTo(LocalDate.of(2017, 5, 2));
        assertThat(dates.find("القاهرة في 2 مايو 2017", null)).singleElement().extracting(DateMention::date).isEqualTo(LocalDate.of(2017, 5, 2));
        assertThat(dates.find("۱۲ اردیبهشت ۱۳۹۶", null)).singleElement().extracting(DateMention::date).isEqualTo(LocalDate.of(2017, 5, 2));
        assertThat(dates.find("2017年5月2日", null)).singleElement().extracting(DateMention::date).isEqualTo(LocalDate.of(2017, 5, 2));
        assertThat(dates.find("on April 13 the talks", LocalDate.of(2017, 5, 4))).singleElement().extracting(DateMention::date).isEqualTo(LocalDate.of(2017, 4, 13));
        assertThat(dateReader.fromUrl("http://example.com/2016/11/14/slug/")).contains(LocalDate.of(2016, 11, 14));
    }
}
