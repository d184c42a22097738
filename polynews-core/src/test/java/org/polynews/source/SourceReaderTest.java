package org.polynews.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SourceReaderTest {
    final CollectingSink sink = new CollectingSink();
    final List<SourceDocument> docs = sink.documents();
    final List<SourceProblem> problems = sink.problems();

    SourceReader reader(String stdin) {
        return new SourceReader(new TextDecoder(), new JsonArticleParser(new ObjectMapper()),
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the lines as {@code feed.jsonl} in {@code dir} and reads it into the sink. */
    private void readFeed(Path dir, String... lines) throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), String.join("\n", lines));
        reader("").read(List.of(dir.resolve("feed.jsonl").toString()), sink);
    }

    @Test
    void badFilesAreReportedWithPathAndReasonAndTheRestStillGoIn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Ministers met in Ankara on Monday to discuss the pipeline.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2});
        Files.writeString(dir.resolve("broken.json"), "{\"text\": \"unterminated");
        Files.writeString(dir.resolve("photo.jpg"), "not really");
        reader("").read(List.of(dir.toString(), dir.resolve("missing.txt").toString()), sink);

        assertThat(docs).extracting(SourceDocument::source).containsExactly(dir + "/good.txt");
        assertThat(problems).extracting(SourceProblem::source).containsExactlyInAnyOrder(
                dir + "/binary.txt", dir + "/broken.json", dir + "/empty.txt", dir + "/photo.jpg", dir.resolve("missing.txt").toString());
        assertThat(problems).filteredOn(p -> p.source().endsWith("broken.json")).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("broken JSON"));
        assertThat(problems).filteredOn(p -> p.source().endsWith("binary.txt")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("binary"));
    }

    @Test
    void jsonLinesReportBadLinesByNumberAndKeepTheOthers(@TempDir Path dir) throws IOException {
        readFeed(dir,
                "{\"text\": \"Floods closed the port of Valencia.\", \"title\": \"Port closed\", \"published\": \"2025-10-01\", \"language\": \"EN\"}",
                "{\"title\": \"no text here\"}",
                "not json at all",
                "{\"text\": \"Der Hafen von Valencia ist wieder offen.\"}");

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).metadata()).isEqualTo(new SourceMetadata("Port closed", null, "2025-10-01", "en"));
        assertThat(problems).extracting(SourceProblem::source).containsExactly(dir + "/feed.jsonl#2", dir + "/feed.jsonl#3");
    }

    @Test
    void fieldsOfTheWrongTypeAreRefusedByNameAndUnknownLanguagesAreLeftToDetection(@TempDir Path dir) throws IOException {
        readFeed(dir,
                "{\"text\": 12345}",
                "{\"text\": \"Storm warning for the northern coast.\", \"title\": {\"en\": \"Storm warning\"}}",
                "{\"text\": \"Storm warning for the northern coast.\", \"published\": [2025, 10, 1]}",
                "{\"text\": \"Storm warning for the northern coast.\", \"language\": \"xx-invented\"}",
                "{\"text\": \"Alerta de tempestade para o litoral norte.\", \"language\": \"pt-BR\"}");

        assertThat(problems).extracting(SourceProblem::source, SourceProblem::reason).containsExactly(
                tuple(dir + "/feed.jsonl#1", "\"text\" must be a string, not a number"),
                tuple(dir + "/feed.jsonl#2", "\"title\" must be a string, not an object"),
                tuple(dir + "/feed.jsonl#3", "\"published\" must be a string, not an array"));
        assertThat(docs).extracting(d -> d.metadata().language()).containsExactly(null, "pt");
    }

    @Test
    void endlessInputsAreCutAtTheLimitAndReportedNotReadForever(@TempDir Path dir) throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        new SourceReader(new TextDecoder(), new JsonArticleParser(new ObjectMapper()), () -> endless).read(List.of("-"), sink);
        Path device = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(device), "no /dev/zero here");
        Files.createSymbolicLink(dir.resolve("zeros.txt"), device);
        reader("").read(List.of(dir.resolve("zeros.txt").toString()), sink);

        assertThat(docs).isEmpty();
        assertThat(problems).extracting(SourceProblem::source, SourceProblem::reason).containsExactly(
                tuple("-", "cannot read standard input: input larger than 64 MiB"),
                tuple(dir + "/zeros.txt", "cannot read file: content larger than 64 MiB"));
    }

    @Test
    void legacyEncodingsAndGzipAreDecoded(@TempDir Path dir) throws IOException {
        String russian = "Правительство Москвы объявило о строительстве новой линии метро. Работы начнутся весной следующего года.";
        Files.write(dir.resolve("ru.txt"), russian.getBytes(Charset.forName("windows-1251")));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("page.html.gz")))) {
            out.write("<html><body><p>Gzipped page</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        reader("").read(List.of(dir.resolve("ru.txt").toString(), dir.resolve("page.html.gz").toString()), sink);

        assertThat(problems).isEmpty();
        assertThat(docs.get(0).text()).isEqualTo(russian);
        assertThat(docs.get(1).format()).isEqualTo(ContentFormat.HTML);
    }

    @Test
    void standardInputIsSniffed() {
        reader("{\"text\": \"Read from a pipe.\"}").read(List.of("-"), sink);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("-");
            assertThat(d.text()).isEqualTo("Read from a pipe.");
        });
    }
}
