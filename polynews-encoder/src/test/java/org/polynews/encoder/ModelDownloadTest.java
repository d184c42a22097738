package org.polynews.encoder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * models add --from URL against a HuggingFace-style repository served on loopback: files under
 * /ORG/REPO/resolve/main/, Range requests, X-Linked-Etag checksums; a broken connection and a corrupted file.
 */
class ModelDownloadTest {
    HttpServer server;
    Map<String, byte[]> files;
    String modelSha;
    /** Bytes of model.onnx to send before dropping the connection; -1 sends it whole. */
    volatile long breakAfter = -1;
    volatile boolean corrupt;
    final List<String> ranges = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve(@TempDir Path temp) throws Exception {
        Path model = MiniLm.unpack(temp.resolve("exported"));
        files = Map.of("onnx/model.onnx", Files.readAllBytes(model.resolve("model.onnx")),
                "tokenizer.json", Files.readAllBytes(model.resolve("tokenizer.json")));
        modelSha = ModelDownloader.sha256(model.resolve("model.onnx"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/acme/minilm-onnx/resolve/main/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI repository() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/acme/minilm-onnx");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/acme/minilm-onnx/resolve/main/".length());
        byte[] body = files.get(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        boolean isModel = path.endsWith(".onnx");
        if (isModel) {
            exchange.getResponseHeaders().set("X-Linked-Etag", "\"" + modelSha + "\"");
            if (corrupt) {
                body = body.clone();
                body[body.length / 2] ^= 0x5a;
            }
        }
        String range = exchange.getRequestHeaders().getFirst("Range");
        int from = 0;
        if (range != null) {
            ranges.add(path + " " + range);
            from = Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            long limit = isModel && breakAfter >= 0 ? breakAfter : body.length;
            out.write(body, from, (int) Math.min(body.length - from, Math.max(0, limit - from)));
            if (limit < body.length) {
                breakAfter = -1; // the next attempt goes through
                out.flush();
                throw new IOException("connection dropped on purpose"); // the server closes it mid-body

            }
        } finally {
            exchange.close();
        }
    }

    @Test
    void downloadsVerifiesAndInstalls(@TempDir Path data) throws Exception {
        ModelStore models = new ModelStore(data, Polynews.jsonMapper());
        List<String> progress = new CopyOnWriteArrayList<>();
        ModelStore.ModelInfo info = models.addFromUrl("minilm", repository(), c -> c, (file, done, total) -> progress.add(file + " " + done + "/" + total));
        assertThat(info.config().sha256()).isEqualTo(modelSha);
        assertThat(progress).anyMatch(p -> p.startsWith("model.onnx ") && p.endsWith("/" + files.get("onnx/model.onnx").length));
        try (OnnxTextEncoder encoder = models.open("minilm", 1)) {
            assertThat(encoder.dimensions()).isEqualTo(384);
        }
        assertThat(data.resolve("models/minilm.download")).doesNotExist();
    }

    @Test
    void anInterruptedDownloadResumesWhereItStopped(@TempDir Path data) throws Exception {
        ModelStore models = new ModelStore(data, Polynews.jsonMapper());
        long half = files.get("onnx/model.onnx").length / 2;
        breakAfter = half;
        assertThatThrownBy(() -> models.addFromUrl("minilm", repository(), c -> c, DownloadListener.NONE))
                .isInstanceOf(ModelException.class).hasMessageContaining("run the same command again to resume");
        Path part = data.resolve("models/minilm.download/model.onnx.part");
        assertThat(part).exists();
        assertThat(Files.size(part)).isPositive().isLessThanOrEqualTo(half);
        assertThat(models.list()).isEmpty();

        models.addFromUrl("minilm", repository(), c -> c, DownloadListener.NONE);
        assertThat(ranges.get(0)).matches("onnx/model\\.onnx bytes=[1-9][0-9]*-");
        assertThat(models.info("minilm").config().sha256()).isEqualTo(modelSha);
    }

    @Test
    void aCorruptedFileIsRemovedAndNothingIsInstalled(@TempDir Path data) {
        ModelStore models = new ModelStore(data, Polynews.jsonMapper());
        corrupt = true;
        assertThatThrownBy(() -> models.addFromUrl("minilm", repository(), c -> c, DownloadListener.NONE))
                .isInstanceOf(ModelException.class).hasMessageContaining("model.onnx is corrupted").hasMessageContaining(modelSha);
        assertThat(data.resolve("models/minilm.download/model.onnx.part")).doesNotExist();
        assertThat(models.list()).isEmpty();
    }

    @Test
    void aRepositoryWithoutAModelIsNamed(@TempDir Path data) {
        ModelStore models = new ModelStore(data, Polynews.jsonMapper());
        URI missing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/acme/nothing-here");
        assertThatThrownBy(() -> models.addFromUrl("x", missing, c -> c, DownloadListener.NONE))
                .isInstanceOf(ModelException.class).hasMessageContaining("has no ONNX model");
    }
}
