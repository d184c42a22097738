package org.polynews.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** News feeds as input: entries with text become documents carrying the entry's title, link, date and the feed's language. */
class FeedReaderTest {
    private final CollectingSink sink = new CollectingSink();

    private void read(Path... files) {
        new SourceReader(new TextDecoder(), new JsonArticleParser(new ObjectMapper()), InputStream::nullInputStream)
                .read(List.of(files).stream().map(Path::toString).toList(), sink);
    }

    @Test
    void rssEntriesWithTextBecomeDocumentsAndTitleOnlyEntriesAreCounted(@TempDir Path dir) throws IOException {
        Path rss = dir.resolve("harbour.rss");
        Files.writeString(rss, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Harbour Gazette</title><link>https://harbour-gazette.example/</link><language>pt-BR</language>
                    <item>
                      <title>Porto de Santos retoma operações</title>
                      <link>https://harbour-gazette.example/santos-retoma</link>
                      <pubDate>Tue, 04 Mar 2025 22:10:00 -0300</pubDate>
                      <description>Resumo curto.</description>
                      <content:encoded><![CDATA[<p>O porto de Santos retomou as operações nesta terça-feira depois de dois dias de greve dos estivadores.</p><p>Os navios voltaram a atracar no cais.</p>]]></content:encoded>
                    </item>
                    <item>
                      <title>Chuva forte no litoral</title>
                      <link>https://harbour-gazette.example/chuva</link>
                      <description>A Defesa Civil emitiu um alerta de chuva forte para o litoral paulista até quinta-feira.</description>
                    </item>
                    <item><title>Galeria de fotos</title><link>https://harbour-gazette.example/fotos</link></item>
                  </channel>
                </rss>
                """);

        read(rss);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.documents()).extracting(SourceDocument::source, d -> d.metadata().title(), d -> d.metadata().url(),
                        d -> d.metadata().published(), d -> d.metadata().language())
                .containsExactly(
                        tuple(rss + "#1", "Porto de Santos retoma operações", "https://harbour-gazette.example/santos-retoma", "2025-03-05", "pt"),
                        tuple(rss + "#2", "Chuva forte no litoral", "https://harbour-gazette.example/chuva", null, "pt"));
        assertThat(sink.documents().get(0).format()).isEqualTo(ContentFormat.HTML);
        assertThat(sink.documents().get(0).text()).as("the full content, not the summary").contains("dois dias de greve").doesNotContain("Resumo");
        assertThat(sink.documents().get(1).text()).contains("Defesa Civil");
        assertThat(sink.passedOver()).isEqualTo(Map.of(FeedReader.NO_TEXT, 1));
    }

    @Test
    void atomEntriesAreReadAndBrokenOrHostileFeedsAreSkippedByName(@TempDir Path dir) throws IOException {
        Path atom = dir.resolve("rail.atom");
        Files.writeString(atom, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Rail news</title><id>urn:rail</id><updated>2025-06-02T08:00:00Z</updated>
                  <entry>
                    <title>Night train to Vienna returns</title><id>urn:rail:1</id>
                    <link href="https://rail.example/night-train-vienna"/>
                    <published>2025-06-01T18:00:00Z</published><updated>2025-06-02T08:00:00Z</updated>
                    <content type="html">&lt;p&gt;The night train from Brussels to Vienna returns in December, the operator said on Sunday.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<rss version=\"2.0\"><channel><item><title>cut off");
        Path hostile = dir.resolve("hostile.xml");
        Files.writeString(hostile, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>x</title><item><title>leak</title><description>&secret;</description></item></channel></rss>
                """);
        Path sitemap = dir.resolve("sitemap.xml");
        Files.writeString(sitemap, """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://rail.example/a</loc></url></urlset>
                """);

        read(atom, broken, hostile, sitemap);

        assertThat(sink.documents()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(atom + "#1");
            assertThat(d.metadata().published()).as("published, not updated").isEqualTo("2025-06-01");
            assertThat(d.metadata().url()).isEqualTo("https://rail.example/night-train-vienna");
            assertThat(d.text()).contains("<p>The night train from Brussels");
        });
        assertThat(sink.problems()).extracting(SourceProblem::source)
                .containsExactly(broken.toString(), hostile.toString(), sitemap.toString());
        assertThat(sink.problems()).allSatisfy(p -> assertThat(p.reason()).startsWith("not an RSS or Atom feed"));
        assertThat(sink.problems().get(2).reason()).contains("sitemap", "fetch the pages");
        assertThat(sink.documents()).noneSatisfy(d -> assertThat(d.text()).contains("root:"));
    }
}
