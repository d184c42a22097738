package org.polynews.encoder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;
import org.polynews.extract.Article;
import org.polynews.extract.DateSource;
import org.polynews.represent.ArticleEmbedder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A real ONNX sentence model added through the same path a user takes (models add --from DIR), then run. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnnxTextEncoderTest {
    Path data;
    Path exported;
    ModelStore models;
    OnnxTextEncoder encoder;

    @BeforeAll
    void addModel(@TempDir Path temp) throws Exception {
        data = temp.resolve("data");
        exported = MiniLm.unpack(temp.resolve("exported"));
        models = new ModelStore(data, Polynews.jsonMapper());
        models.addFromDirectory("minilm", exported, c -> new EncoderConfig("mean", true, "", "", 128, List.of("en"), null, 8, null));
        encoder = models.open("minilm", 2);
    }

    @AfterAll
    void close() {
        encoder.close();
    }

    static double cosine(float[] a, float[] b) {
        return ArticleEmbedder.cosine(a, b);
    }

    @Test
    void sameMeaningIsCloserThanAnotherStory() {
        float[][] v = encoder.embedPassages(List.of(
                "Floods forced thousands of people from their homes in Budapest after the Danube burst its banks.",
                "The river Danube flooded parts of the Hungarian capital and many residents had to leave.",
                "The zoo welcomed two giant panda cubs born in August, keepers said."));
        assertThat(encoder.dimensions()).isEqualTo(384);
        for (float[] x : v) {
            double norm = cosine(x, x);
            assertThat(norm).isCloseTo(1.0, within(1e-4));
        }
        assertThat(cosine(v[0], v[1])).isGreaterThan(cosine(v[0], v[2]) + 0.2);
        assertThat(encoder.id()).startsWith("minilm@").hasSize("minilm@".length() + 12);
        assertThat(encoder.covers("en")).isTrue();
        assertThat(encoder.covers("ar")).isFalse();
    }

    @Test
    void batchesGiveTheSameVectorsAsSingleTexts() {
        List<String> texts = List.of("A short one.", "A much longer sentence about the council's budget for buses, schools and the river port in Linz.");
        float[][] together = encoder.embedPassages(texts);
        float[] alone = encoder.embedPassages(List.of(texts.get(0)))[0];
        // padding must not enter the mean; the small drift left is the quantised model's per-batch activation scale
        assertThat(cosine(together[0], alone)).isGreaterThan(0.98);
    }

    @Test
    void longArticlesArePooledFromWindows() {
        String paragraph = "The city council of Linz approved the budget for new buses and a bigger river port after a debate that lasted all night. ";
        Article longArticle = new Article("long.txt", null, null, "Linz approves budget", null, null, DateSource.NONE,
                List.of(paragraph.repeat(20), paragraph.repeat(20)));
        Article shortArticle = new Article("short.txt", null, null, "Linz approves budget", null, null, DateSource.NONE, List.of(paragraph));
        ArticleEmbedder embedder = new ArticleEmbedder(encoder);
        List<float[]> vectors = embedder.embedAll(List.of(longArticle, shortArticle));
        assertThat(cosine(vectors.get(0), vectors.get(0))).isCloseTo(1.0, within(1e-4));
        assertThat(cosine(vectors.get(0), vectors.get(1))).isGreaterThan(0.8);
    }

    @Test
    void listUseAndRemove() throws Exception {
        assertThat(models.list()).extracting(ModelStore.ModelInfo::name).containsExactly("minilm");
        ModelStore.ModelInfo info = models.info("minilm");
        assertThat(info.config().sha256()).hasSize(64);
        assertThat(info.config().maxTokens()).isEqualTo(128);
        assertThat(info.bytes()).isGreaterThan(20_000_000);
        models.use("minilm");
        assertThat(models.active()).contains("minilm");
        assertThatThrownBy(() -> models.use("nothing")).hasMessageContaining("no model named nothing");

        models.addFromDirectory("spare", exported, c -> c);
        models.remove("spare");
        assertThat(models.list()).extracting(ModelStore.ModelInfo::name).containsExactly("minilm");
        assertThat(models.active()).contains("minilm");
    }

    @Test
    void brokenModelsAreRefusedWithTheReasonAndHarmNothing(@TempDir Path temp) throws Exception {
        Path noTokenizer = temp.resolve("no-tokenizer");
        Files.createDirectories(noTokenizer);
        Files.copy(exported.resolve("model.onnx"), noTokenizer.resolve("model.onnx"));
        assertThatThrownBy(() -> models.addFromDirectory("broken", noTokenizer, c -> c))
                .isInstanceOf(ModelException.class).hasMessageContaining("tokenizer.json is missing");

        Path notOnnx = temp.resolve("not-onnx");
        Files.createDirectories(notOnnx);
        Files.writeString(notOnnx.resolve("model.onnx"), "this is not a model");
        Files.copy(exported.resolve("tokenizer.json"), notOnnx.resolve("tokenizer.json"));
        assertThatThrownBy(() -> models.addFromDirectory("minilm", notOnnx, c -> c))
                .isInstanceOf(ModelException.class).hasMessageContaining("not an ONNX model");
        assertThat(models.open("minilm", 1).dimensions()).isEqualTo(384); // the installed one is untouched

        Path wrongOutput = temp.resolve("wrong-output");
        MiniLm.unpack(wrongOutput);
        assertThatThrownBy(() -> models.addFromDirectory("other", wrongOutput, c -> new EncoderConfig("mean", true, "", "", 128, List.of("en"), "pooled", 8, null)))
                .isInstanceOf(ModelException.class).hasMessageContaining("no output named 'pooled'").hasMessageContaining("last_hidden_state");

        Path mismatch = temp.resolve("mismatch");
        MiniLm.unpack(mismatch);
        String tokenizer = Files.readString(mismatch.resolve("tokenizer.json"));
        Files.writeString(mismatch.resolve("tokenizer.json"), tokenizer.replaceFirst("\"added_tokens\"\\s*:\\s*\\[",
                "\"added_tokens\": [{\"id\": 250000, \"content\": \"<extra>\", \"single_word\": false, \"lstrip\": false, \"rstrip\": false, \"normalized\": false, \"special\": true},"));
        assertThatThrownBy(() -> models.addFromDirectory("mismatch", mismatch, c -> c))
                .isInstanceOf(ModelException.class).hasMessageContaining("do not match");
        assertThat(models.list()).extracting(ModelStore.ModelInfo::name).containsExactly("minilm");
        assertThatThrownBy(() -> models.addFromDirectory("../evil", exported, c -> c)).hasMessageContaining("a model name is");
    }
}
