package org.polynews.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Web archives as input: the HTML pages become documents, every other record is counted and passed over. */
public class WarcArchiveReaderTest {
    private static final Instant CAPTURED = Instant.parse("2025-03-04T23:30:00Z");
    private static final String FERRY_PAGE = "<html><head><title>Ferry strike ends in Marseille</title></head><body><article>"
            + "<h1>Ferry strike ends in Marseille</h1><p>Crews of the Corsica ferries voted on Tuesday to return to work after "
            + "nine days, the union said, and the first sailing leaves the Joliette terminal tonight. Café owners on the quay "
            + "had counted the losses since the strike began.</p></article></body></html>";

    /** A section front: links, no article. */
    private static final String INDEX_PAGE = "<html><head><title>News</title></head><body><nav><ul><li><a href=/news/ferry-strike-ends>Ferry strike ends</a>"
            + "</li><li><a href=/news/port>Port</a></li></ul></nav></body></html>";

    private final CollectingSink sink = new CollectingSink();

    private static SourceReader reader() {
        return new SourceReader(new TextDecoder(), new JsonArticleParser(new ObjectMapper()), InputStream::nullInputStream);
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
    }

    /**
     * A crawl as a crawler writes it: request and response of a page in Windows-1252 (said only by the HTTP header),
     * an image, a redirect, a section front.
     */
    public static void writeCrawl(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), compression)) {
            String page = "https://www.provence-maritime.example/news/ferry-strike-ends";
            warc.write(new WarcRequest.Builder(page).date(CAPTURED).body(new HttpRequest.Builder("GET", "/news/ferry-strike-ends").build()).build());
            warc.write(response(page, 200, "text/html; charset=windows-1252", FERRY_PAGE.getBytes(Charset.forName("windows-1252"))));
            warc.write(response("https://www.provence-maritime.example/img/quay.jpg", 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1}));
            warc.write(response("https://www.provence-maritime.example/old", 301, "text/html", "<a href=/news>moved</a>".getBytes(StandardCharsets.UTF_8)));
            warc.write(response("https://www.provence-maritime.example/news/", 200, "text/html; charset=utf-8", INDEX_PAGE.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void htmlPagesBecomeDocumentsWithTheirUrlAndCaptureDayAndTheRestIsCounted(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("crawl.warc");
        Path gzipped = dir.resolve("crawl-2.warc.gz");
        writeCrawl(plain, WarcCompression.NONE);
        writeCrawl(gzipped, WarcCompression.GZIP);

        reader().read(List.of(plain.toString(), gzipped.toString()), sink);

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.documents()).extracting(SourceDocument::source).containsExactly(plain + "#2", plain + "#5", gzipped + "#2", gzipped + "#5");
        SourceDocument page = sink.documents().get(2);
        assertThat(page.format()).isEqualTo(ContentFormat.HTML);
        assertThat(page.text()).contains("Café owners", "Joliette terminal");
        assertThat(page.metadata().url()).isEqualTo("https://www.provence-maritime.example/news/ferry-strike-ends");
        assertThat(page.metadata().captured()).as("the capture day in UTC").isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(page.metadata().published()).as("left to the page itself").isNull();
        assertThat(sink.passedOver()).isEqualTo(Map.of(
                WarcArchiveReader.REQUESTS, 2, WarcArchiveReader.NOT_HTML, 2, WarcArchiveReader.NOT_OK, 2));
    }

    @Test
    void aBrokenArchiveIsSkippedWithItsNameAfterThePagesBeforeTheBreak(@TempDir Path dir) throws IOException {
        Path whole = dir.resolve("whole.warc");
        writeCrawl(whole, WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc");
        // the first two records whole, then garbage where the third record's header should be
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int third = text.indexOf("WARC/1.", text.indexOf("WARC/1.", text.indexOf("WARC/1.") + 1) + 1);
        Files.write(cut, (text.substring(0, third) + "this is not a WARC header\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("empty.warc"), "");

        reader().read(List.of(cut.toString(), dir.resolve("empty.warc").toString()), sink);

        assertThat(sink.documents()).extracting(SourceDocument::source).containsExactly(cut + "#2");
        assertThat(sink.problems()).extracting(SourceProblem::source).containsExactly(cut.toString(), dir.resolve("empty.warc").toString());
        assertThat(sink.problems().get(0).reason()).contains("record 3");
        assertThat(sink.problems().get(1).reason()).contains("no records");
    }
}
