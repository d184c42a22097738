package org.polynews.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the inputs a user names — files, folders (recursively, in path order), {@code -} for standard
 * input — and hands each article to a {@link SourceSink} as soon as it is read. Inputs it cannot read
 * are reported with their path and reason and skipped; the rest still go through.
 */
public final class SourceReader {
    /** Larger files are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Set<String> JSON_EXTENSIONS = Set.of("json", "jsonl", "ndjson");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "");
    private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "xml");

    private final TextDecoder decoder;
    private final JsonArticleParser json;
    private final WarcArchiveReader warc;
    private final FeedReader feeds = new FeedReader();
    private final Supplier<InputStream> stdin;

    public SourceReader(TextDecoder decoder, JsonArticleParser json, Supplier<InputStream> stdin) {
        this.decoder = decoder;
        this.json = json;
        this.warc = new WarcArchiveReader(decoder);
        this.stdin = stdin;
    }

    public void read(List<String> inputs, SourceSink sink) {
        for (String input : inputs) {
            if ("-".equals(input)) {
                readStdin(sink);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                readDirectory(input, path, sink);
            } else if (Files.exists(path)) {
                readFile(input, path, sink);
            } else {
                sink.skip(new SourceProblem(input, "no such file or folder"));
            }
        }
    }

    /**
     * Reads content that arrived without a file (an HTTP upload): {@code kind} is a file extension saying how
     * to read it ({@code html}, {@code json}, {@code jsonl}, {@code txt}), or null to judge by what it looks like.
     */
    public void readContent(String shown, byte[] bytes, String kind, SourceSink sink) {
        if (kind != null && !HTML_EXTENSIONS.contains(kind) && !JSON_EXTENSIONS.contains(kind) && !TEXT_EXTENSIONS.contains(kind)) {
            throw new IllegalArgumentException("unknown content kind " + kind);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            sink.skip(new SourceProblem(shown, "content larger than " + (MAX_FILE_BYTES >> 20) + " MiB"));
            return;
        }
        emit(shown, "the content", bytes, kind, sink);
    }

    private void readDirectory(String given, Path dir, SourceSink sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            sink.skip(new SourceProblem(given, "cannot list folder: " + e.getMessage()));
            return;
        }
        if (files.isEmpty()) {
            sink.skip(new SourceProblem(given, "folder holds no files"));
        }
        for (Path file : files) {
            String shown = given.endsWith("/") ? given + dir.relativize(file) : given + "/" + dir.relativize(file);
            readFile(shown, file, sink);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(String shown, Path path, SourceSink sink) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            // streamed record by record: archives run to gigabytes, so no size cap on the file, only on each page
            warc.read(shown, path, sink);
            return;
        }
        boolean gzipped = name.endsWith(".gz");
        if (gzipped) {
            name = name.substring(0, name.length() - 3);
        }
        String extension = extension(name);
        if (!HTML_EXTENSIONS.contains(extension) && !JSON_EXTENSIONS.contains(extension) && !TEXT_EXTENSIONS.contains(extension)
                && !FEED_EXTENSIONS.contains(extension)) {
            sink.skip(new SourceProblem(shown, "unsupported file type ." + extension
                    + " (expected .txt, .md, .html, .htm, .json, .jsonl, .rss, .atom, .xml, optionally .gz, or .warc, .warc.gz)"));
            return;
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                sink.skip(new SourceProblem(shown, "file larger than " + (MAX_FILE_BYTES >> 20) + " MiB"));
                return;
            }
            // read with a bound whatever size the file reports: a device or a pipe reports 0 and may never end
            try (InputStream in = gzipped ? new GZIPInputStream(Files.newInputStream(path)) : Files.newInputStream(path)) {
                bytes = atMostMax(in, gzipped ? "uncompressed content" : "content");
            }
        } catch (NoSuchFileException e) {
            sink.skip(new SourceProblem(shown, "no such file"));
            return;
        } catch (IOException e) {
            sink.skip(new SourceProblem(shown, (gzipped ? "cannot read gzip file: " : "cannot read file: ") + e.getMessage()));
            return;
        }
        emit(shown, "the file", bytes, extension, sink);
    }

    /** Content over {@link #MAX_FILE_BYTES}: refused, where other read errors are the file's or the device's. */
    static final class TooLargeException extends IOException {
        TooLargeException(String what) {
            super(what + " larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
    }

    /** All of a stream up to {@link #MAX_FILE_BYTES}; more is refused ({@code what} says what was too large). */
    static byte[] atMostMax(InputStream in, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new TooLargeException(what);
        }
        return bytes;
    }

    private void readStdin(SourceSink sink) {
        byte[] bytes;
        try {
            bytes = atMostMax(stdin.get(), "input");
        } catch (IOException e) {
            sink.skip(new SourceProblem("-", "cannot read standard input: " + e.getMessage()));
            return;
        }
        emit("-", "standard input", bytes, null, sink);
    }

    /**
     * Decodes one input and hands it on as JSON, HTML or text: by its extension, or for standard input
     * ({@code extension} null) by what its content looks like.
     */
    private void emit(String shown, String what, byte[] bytes, String extension, SourceSink sink) {
        if (extension != null && FEED_EXTENSIONS.contains(extension)) {
            feeds.read(shown, bytes, sink); // XML says its own encoding
            return;
        }
        String text;
        try {
            text = decoder.decode(bytes);
        } catch (TextDecoder.UndecodableException e) {
            sink.skip(new SourceProblem(shown, "-".equals(shown) ? "standard input: " + e.getMessage() : e.getMessage()));
            return;
        }
        boolean isJson = extension == null ? JsonArticleParser.looksLikeJson(text) : JSON_EXTENSIONS.contains(extension);
        if (text.isBlank()) {
            sink.skip(new SourceProblem(shown, what + " is empty"));
        } else if (isJson) {
            json.parse(shown, text, sink);
        } else if ((extension != null && HTML_EXTENSIONS.contains(extension)) || JsonArticleParser.looksLikeHtml(text)) {
            sink.accept(SourceDocument.html(shown, text));
        } else {
            sink.accept(SourceDocument.plainText(shown, text));
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
