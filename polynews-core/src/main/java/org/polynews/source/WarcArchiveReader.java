package org.polynews.source;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads web archives (WARC, plain or gzipped record by record, as Common Crawl's CC-NEWS and archiving crawlers write
 * them) with jwarc: each response record of an HTML page fetched with status 200 becomes a document, with the
 * record's URL and capture day as metadata. Every other record (requests, metadata, redirects, images, scripts) is
 * passed over and counted. The archive is streamed, one record at a time, whatever its size.
 */
final class WarcArchiveReader {
    static final String REQUESTS = "WARC request records";
    static final String OTHER_RECORDS = "WARC records other than responses (warcinfo, metadata, revisit…)";
    static final String NOT_OK = "responses with an HTTP status other than 200";
    static final String NOT_HTML = "responses that are not HTML pages";
    static final String NOT_HTTP = "responses that are not HTTP (dns:, gemini:…)";
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final TextDecoder decoder;

    WarcArchiveReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    /** @param shown the archive as the user named it; a record is shown as {@code shown#N} (its ordinal, from 1) */
    void read(String shown, Path path, SourceSink sink) {
        int ordinal = 0;
        try (WarcReader reader = new WarcReader(path)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                ordinal++;
                String where = shown + "#" + ordinal;
                WarcRecord record = next.get();
                if (record instanceof WarcResponse response) {
                    readResponse(where, response, sink);
                } else {
                    sink.passOver(where, "request".equals(record.type()) ? REQUESTS : OTHER_RECORDS);
                }
            }
            if (ordinal == 0) {
                sink.skip(new SourceProblem(shown, "the web archive holds no records"));
            }
        } catch (ParsingException e) {
            sink.skip(new SourceProblem(shown, "not a readable WARC file (record " + (ordinal + 1) + "): " + e.getMessage()));
        } catch (IOException e) {
            sink.skip(new SourceProblem(shown, "cannot read the web archive after " + ordinal + " records: " + e.getMessage()));
        }
    }

    private void readResponse(String where, WarcResponse response, SourceSink sink) throws IOException {
        String target = response.target();
        if (target == null || !(target.startsWith("http://") || target.startsWith("https://"))) {
            sink.passOver(where, NOT_HTTP);
            return;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            sink.skip(new SourceProblem(where, target + ": broken HTTP response: " + e.getMessage()));
            return;
        }
        if (http.status() != 200) {
            sink.passOver(where, NOT_OK);
            return;
        }
        MediaType type = http.contentType();
        if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            sink.passOver(where, NOT_HTML);
            return;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = SourceReader.atMostMax(in, "page");
        } catch (SourceReader.TooLargeException e) {
            sink.skip(new SourceProblem(where, target + ": " + e.getMessage()));
            return;
        }
        String html;
        try {
            html = decoder.decode(body, type.parameters().get("charset"));
        } catch (TextDecoder.UndecodableException e) {
            sink.skip(new SourceProblem(where, target + ": " + e.getMessage()));
            return;
        }
        SourceMetadata metadata = new SourceMetadata(null, target, null, null, response.date().atZone(ZoneOffset.UTC).toLocalDate());
        sink.accept(new SourceDocument(where, html, ContentFormat.HTML, metadata));
    }
}
