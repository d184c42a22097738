package org.polynews.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.represent.ArticleEmbedder;
import org.polynews.represent.TextEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence-embedding model in ONNX format with its HuggingFace {@code tokenizer.json}, run in this process:
 * texts are tokenized (DJL), batched, padded, run through ONNX Runtime, pooled (mean over real tokens, or the
 * first token) and scaled to unit length. Thread-safe: ONNX sessions and DJL tokenizers may be shared.
 */
public final class OnnxTextEncoder implements TextEncoder, AutoCloseable {
    public static final String MODEL_FILE = "model.onnx";
    public static final String TOKENIZER_FILE = "tokenizer.json";
    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";
    /** Roughly 1.3 tokens per word in European languages: windows of this many words fit the token limit. */
    private static final double TOKENS_PER_WORD = 1.4;

    private final String id;
    private final EncoderConfig config;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTypeIds;
    private final int dimensions;

    private OnnxTextEncoder(String id, EncoderConfig config, OrtEnvironment environment, OrtSession session,
                            HuggingFaceTokenizer tokenizer) {
        this.id = id;
        this.config = config;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        Set<String> inputs = session.getInputNames();
        this.wantsTypeIds = inputs.contains(TOKEN_TYPE_IDS);
        if (!inputs.contains(INPUT_IDS) || !inputs.contains(ATTENTION_MASK)) {
            close();
            throw new ModelException("the model's inputs are " + inputs + "; polynews feeds " + INPUT_IDS + ", " + ATTENTION_MASK
                    + " and (when asked for) " + TOKEN_TYPE_IDS + ": export the model with those input names");
        }
        Set<String> outputs = session.getOutputNames();
        if (config.output() != null && !outputs.contains(config.output())) {
            close();
            throw new ModelException("the model has no output named '" + config.output() + "'; its outputs are "
                    + outputs + " (set \"output\" in " + EncoderConfig.FILE + ")");
        }
        try {
            this.dimensions = embed(List.of("polynews checks the model"))[0].length;
        } catch (ModelException e) {
            close();
            throw e;
        }
    }

    /**
     * Loads the model in {@code dir}: {@code model.onnx}, {@code tokenizer.json}, and {@code polynews-model.json}
     * (defaults when absent). {@code name} names it in messages and in {@link #id()}.
     */
    public static OnnxTextEncoder open(String name, Path dir, EncoderConfig config, int threads) {
        Path model = dir.resolve(MODEL_FILE);
        Path tokenizerFile = dir.resolve(TOKENIZER_FILE);
        for (Path required : List.of(model, tokenizerFile)) {
            if (!Files.isRegularFile(required)) {
                throw new ModelException(name + ": " + required.getFileName() + " is missing in " + dir);
            }
        }
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerFile)
                    .optMaxLength(config.maxTokens()).optTruncation(true).optPadding(false).build();
        } catch (IOException | RuntimeException e) {
            throw new ModelException(name + ": " + tokenizerFile + " is not a HuggingFace tokenizer file: " + e.getMessage(), e);
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(model.toString(), options);
        } catch (OrtException e) {
            tokenizer.close();
            throw new ModelException(name + ": " + model + " is not an ONNX model ONNX Runtime can load: " + e.getMessage(), e);
        }
        String checksum = config.sha256() == null ? "unchecked" : config.sha256().substring(0, Math.min(12, config.sha256().length()));
        return new OnnxTextEncoder(name + "@" + checksum, config, environment, session, tokenizer);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public boolean covers(String language) {
        return config.covers(language);
    }

    @Override
    public int windowWords() {
        return Math.max(16, (int) ((config.maxTokens() - 2) / TOKENS_PER_WORD));
    }

    /**
     * Runs the highest token id the tokenizer can produce through the model: a tokenizer made for another
     * model (a bigger vocabulary) fails here, when it is added, instead of on some article later.
     */
    public void checkVocabulary(Path tokenizerFile, ObjectMapper json) {
        long maxId;
        try {
            JsonNode root = json.readTree(tokenizerFile.toFile());
            JsonNode vocab = root.path("model").path("vocab");
            maxId = vocab.isArray() ? vocab.size() - 1 : 0;
            if (vocab.isObject()) {
                for (var it = vocab.elements(); it.hasNext(); ) {
                    maxId = Math.max(maxId, it.next().asLong());
                }
            }
            for (JsonNode added : root.path("added_tokens")) {
                maxId = Math.max(maxId, added.path("id").asLong());
            }
        } catch (IOException e) {
            throw new ModelException(tokenizerFile + ": " + e.getMessage(), e);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, new long[][] {{maxId}}));
            inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(environment, new long[][] {{1}}));
            if (wantsTypeIds) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment, new long[][] {{0}}));
            }
            session.run(inputs).close();
        } catch (OrtException e) {
            throw new ModelException("the tokenizer and the model do not match: the tokenizer's token " + maxId
                    + " is beyond the model's vocabulary (" + e.getMessage() + ")", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    public EncoderConfig config() {
        return config;
    }

    @Override
    public float[][] embedPassages(List<String> texts) {
        List<String> prefixed = texts.stream().map(t -> config.passagePrefix() + t).toList();
        return embed(prefixed);
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(List.of(config.queryPrefix() + query))[0];
    }

    private float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += config.batchSize()) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + config.batchSize()));
            float[][] vectors = embedBatch(batch);
            System.arraycopy(vectors, 0, out, from, vectors.length);
        }
        return out;
    }

    private float[][] embedBatch(List<String> texts) {
        List<Encoding> encodings = new ArrayList<>();
        int length = 1;
        for (String text : texts) {
            Encoding e = tokenizer.encode(text);
            encodings.add(e);
            length = Math.max(length, e.getIds().length);
        }
        long[][] ids = new long[texts.size()][length];
        long[][] mask = new long[texts.size()][length];
        long[][] types = new long[texts.size()][length];
        for (int i = 0; i < encodings.size(); i++) {
            Encoding e = encodings.get(i);
            System.arraycopy(e.getIds(), 0, ids[i], 0, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask[i], 0, e.getAttentionMask().length);
            System.arraycopy(e.getTypeIds(), 0, types[i], 0, e.getTypeIds().length);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, ids));
            inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(environment, mask));
            if (wantsTypeIds) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment, types));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxValue value = config.output() == null ? result.get(0) : result.get(config.output()).orElseThrow();
                return pool(value.getValue(), mask);
            }
        } catch (OrtException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("alloc") || message.contains("memory")) {
                throw new ModelException("the model ran out of memory on a batch of " + texts.size() + " texts of up to " + length
                        + " tokens: lower batch_size or max_tokens in " + EncoderConfig.FILE, e);
            }
            if (message.contains("indices") || message.contains("out of bounds") || message.contains("idx")) {
                throw new ModelException("the tokenizer and the model do not match (token ids beyond the model's vocabulary): " + message, e);
            }
            throw new ModelException("the model failed to run: " + message, e);
        } catch (OutOfMemoryError e) {
            throw new ModelException("out of memory embedding " + texts.size() + " texts: lower batch_size in " + EncoderConfig.FILE
                    + " or give Java more memory (POLYNEWS_JAVA_OPTS=-Xmx4g)", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Token vectors [batch][tokens][dims] pooled to [batch][dims]; an already pooled [batch][dims] output is taken as is. */
    private float[][] pool(Object output, long[][] mask) {
        float[][] pooled;
        if (output instanceof float[][][] tokens) {
            pooled = new float[tokens.length][];
            for (int b = 0; b < tokens.length; b++) {
                int dims = tokens[b][0].length;
                float[] v = new float[dims];
                if (config.pooling().equals("cls")) {
                    System.arraycopy(tokens[b][0], 0, v, 0, dims);
                } else {
                    int n = 0;
                    for (int t = 0; t < tokens[b].length; t++) {
                        if (mask[b][t] == 0) {
                            continue;
                        }
                        n++;
                        for (int d = 0; d < dims; d++) {
                            v[d] += tokens[b][t][d];
                        }
                    }
                    for (int d = 0; d < dims; d++) {
                        v[d] /= Math.max(1, n);
                    }
                }
                pooled[b] = v;
            }
        } else if (output instanceof float[][] sentences) {
            pooled = sentences;
        } else {
            throw new ModelException("the model's output is not a float tensor of token or sentence vectors; set \"output\" in "
                    + EncoderConfig.FILE + " to the right one of " + session.getOutputNames());
        }
        if (config.normalize()) {
            for (int i = 0; i < pooled.length; i++) {
                pooled[i] = ArticleEmbedder.unit(pooled[i]);
            }
        }
        return pooled;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing a session only frees native memory; nothing a user could act on
        }
        tokenizer.close();
    }
}
