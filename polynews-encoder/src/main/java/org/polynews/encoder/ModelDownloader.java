package org.polynews.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fetches a model's files from a HuggingFace-style repository ({@code REPO/resolve/main/FILE}) into a
 * folder, only when the user runs {@code models add --from URL}. A file being fetched is kept as
 * {@code FILE.part}: a broken download resumes where it stopped (HTTP Range). Each file's size is checked
 * against what the server announced, and its SHA-256 against the server's {@code X-Linked-Etag}/{@code ETag}
 * when that is one (HuggingFace gives it for large files); a file that fails is deleted.
 */
public final class ModelDownloader {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Where exported sentence models keep their ONNX file, most common first. */
    static final List<String> MODEL_PATHS = List.of("onnx/model.onnx", "model.onnx");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build();

    /** Downloads model.onnx, tokenizer.json and (when the repository has one) polynews-model.json into {@code target}. */
    public void download(URI repository, Path target, DownloadListener listener) throws IOException, InterruptedException {
        Files.createDirectories(target);
        String base = repository.toString().replaceAll("/+$", "");
        boolean gotModel = false;
        for (String path : MODEL_PATHS) {
            if (fetch(URI.create(base + "/resolve/main/" + path), target.resolve(OnnxTextEncoder.MODEL_FILE), false, listener)) {
                gotModel = true;
                break;
            }
        }
        if (!gotModel) {
            throw new ModelException(repository + " has no ONNX model (looked for " + String.join(", ", MODEL_PATHS)
                    + "); export one with optimum, or add a local folder with --from DIR");
        }
        fetch(URI.create(base + "/resolve/main/" + OnnxTextEncoder.TOKENIZER_FILE), target.resolve(OnnxTextEncoder.TOKENIZER_FILE), true, listener);
        fetch(URI.create(base + "/resolve/main/" + EncoderConfig.FILE), target.resolve(EncoderConfig.FILE), false, listener);
    }

    /** False when the server has no such file (404) and it is not required. */
    private boolean fetch(URI uri, Path file, boolean required, DownloadListener listener) throws IOException, InterruptedException {
        if (Files.isRegularFile(file)) {
            listener.note(file.getFileName() + " already complete");
            return true;
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
            listener.note("resuming " + file.getFileName() + " at " + have + " bytes");
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IOException("cannot reach " + uri + ": " + e.getMessage(), e);
        }
        int status = response.statusCode();
        if (status == 404) {
            response.body().close();
            if (required) {
                throw new ModelException(uri + " does not exist (404)");
            }
            return false;
        }
        if (status == 416 && have > 0) { // the part is already whole
            response.body().close();
            finish(part, file, have, expectedChecksum(response));
            return true;
        }
        if (status != 200 && status != 206) {
            response.body().close();
            throw new ModelException(uri + " answered " + status + (status == 401 || status == 403 ? " (a private or gated model needs a token; download it yourself and use --from DIR)" : ""));
        }
        boolean append = status == 206;
        long start = append ? have : 0;
        long total = total(response, start);
        long done = start;
        try (InputStream in = response.body();
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[1 << 16];
            long shown = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                done += n;
                if (done - shown >= (1 << 20) || done == total) {
                    listener.progress(file.getFileName().toString(), done, total);
                    shown = done;
                }
            }
        } catch (IOException e) {
            throw new ModelException("the download of " + file.getFileName() + " broke off after " + done + " bytes (" + e.getMessage()
                    + "); run the same command again to resume", e);
        }
        if (total >= 0 && done != total) {
            throw new ModelException(file.getFileName() + ": got " + done + " bytes of " + total + "; run the same command again to resume");
        }
        finish(part, file, total >= 0 ? total : done, expectedChecksum(response));
        return true;
    }

    private static long total(HttpResponse<?> response, long start) {
        Optional<String> range = response.headers().firstValue("Content-Range"); // bytes 100-199/200
        if (range.isPresent() && range.get().contains("/") && !range.get().endsWith("/*")) {
            return Long.parseLong(range.get().substring(range.get().lastIndexOf('/') + 1).strip());
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        return length < 0 ? -1 : start + length;
    }

    private static String expectedChecksum(HttpResponse<?> response) {
        for (String header : List.of("X-Linked-Etag", "ETag")) {
            Optional<String> value = response.headers().firstValue(header);
            if (value.isPresent()) {
                String v = value.get().replace("W/", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
                if (SHA256.matcher(v).matches()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static void finish(Path part, Path file, long expectedSize, String expectedSha256) throws IOException {
        long size = Files.size(part);
        if (size != expectedSize) {
            throw new ModelException(file.getFileName() + ": " + size + " bytes where " + expectedSize + " were announced; run the same command again");
        }
        if (expectedSha256 != null) {
            String actual = sha256(part);
            if (!actual.equals(expectedSha256)) {
                Files.delete(part);
                throw new ModelException(file.getFileName() + " is corrupted: SHA-256 " + actual + " where the server says " + expectedSha256
                        + "; the file was removed, run the same command again");
            }
        }
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
