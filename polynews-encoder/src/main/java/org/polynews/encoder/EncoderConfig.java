package org.polynews.encoder;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Locale;

/**
 * How to run one model, kept as {@code polynews-model.json} beside {@code model.onnx} and {@code tokenizer.json}.
 *
 * @param pooling       {@code mean} (average of token vectors, most sentence models) or {@code cls} (the first token)
 * @param normalize     scale vectors to unit length
 * @param queryPrefix   put before search queries (e5 models want {@code "query: "})
 * @param passagePrefix put before article text (e5 models want {@code "passage: "})
 * @param maxTokens     longest input in tokens; longer windows are cut
 * @param languages     ISO codes the model was trained for; {@code ["*"]} for any language
 * @param output        name of the output tensor; null for the first output
 * @param batchSize     texts per inference call
 * @param sha256        checksum of model.onnx, filled in when the model is added
 */
public record EncoderConfig(String pooling, boolean normalize,
                            @JsonProperty("query_prefix") String queryPrefix,
                            @JsonProperty("passage_prefix") String passagePrefix,
                            @JsonProperty("max_tokens") int maxTokens,
                            List<String> languages, String output,
                            @JsonProperty("batch_size") int batchSize,
                            String sha256) {
    public static final String FILE = "polynews-model.json";
    public static final EncoderConfig DEFAULTS = new EncoderConfig("mean", true, "", "", 256, List.of("*"), null, 16, null);

    public EncoderConfig {
        pooling = pooling == null ? "mean" : pooling.toLowerCase(Locale.ROOT);
        if (!pooling.equals("mean") && !pooling.equals("cls")) {
            throw new ModelException("pooling must be mean or cls, not " + pooling);
        }
        queryPrefix = queryPrefix == null ? "" : queryPrefix;
        passagePrefix = passagePrefix == null ? "" : passagePrefix;
        maxTokens = maxTokens <= 0 ? 256 : maxTokens;
        languages = languages == null || languages.isEmpty() ? List.of("*") : List.copyOf(languages);
        batchSize = batchSize <= 0 ? 16 : batchSize;
    }

    public boolean covers(String language) {
        return languages.contains("*") || languages.contains(language);
    }

    public EncoderConfig withSha256(String checksum) {
        return new EncoderConfig(pooling, normalize, queryPrefix, passagePrefix, maxTokens, languages, output, batchSize, checksum);
    }
}
