package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;
import org.polynews.encoder.MiniLm;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polynews.cli.CliTest.run;

/** The README's "Using a neural model" steps, end to end with the English test model. */
class ModelsCliTest {
    @Test
    void addUseFitCompareAndGoBack(@TempDir Path temp) throws Exception {
        String data = temp.resolve("data").toString();
        Path exported = MiniLm.unpack(temp.resolve("exported"));
        assertThat(run("stories", "--data", data, SimilarityCliTest.EXAMPLES.toString()).exit()).isZero();

        CliTest.Run add = run("models", "add", "minilm", "--from", exported.toString(), "--languages", "en", "--data", data);
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("added minilm").contains("use it with: polynews models use minilm");
        assertThat(run("models", "use", "minilm", "--data", data).out()).contains("using minilm");
        assertThat(run("models", "list", "--data", data).out()).contains("* minilm");

        // the first command after the switch embeds the stored English articles
        CliTest.Run stories = run("stories", "--data", data);
        assertThat(stories.err()).containsPattern("embedded \\d+ stored articles with minilm@");
        assertThat(stories.err()).contains("no similarity weights fitted for minilm");

        Path pairs = SimilarityCliTest.pairs(temp);
        CliTest.Run train = run("train", "similarity", pairs.toString(), "--folds", "2", "--data", data, "-q");
        assertThat(train.exit()).as(train.err()).isZero();
        Path fitted = temp.resolve("data/models/minilm/similarity-model.json");
        JsonNode model = Polynews.jsonMapper().readTree(Files.readString(fitted));
        assertThat(model.get("encoder").asText()).startsWith("minilm@");
        assertThat(model.get("with_dense").get("overall").get("coefficients")).hasSize(model.get("signals").size() + 1);

        String en = SimilarityCliTest.EXAMPLES.resolve("danube-flood-en.txt").toString();
        String inquiry = SimilarityCliTest.EXAMPLES.resolve("danube-inquiry-en.txt").toString();
        CliTest.Run compare = run("compare", "--data", data, en, inquiry);
        assertThat(compare.out()).containsPattern("sentence vectors \\(minilm@[0-9a-f]{12}\\): cosine 0\\.\\d\\d\\n");
        assertThat(compare.err()).doesNotContain("no similarity weights");

        // weights fitted by another polynews version (other signals) are set aside with a note, and refitting replaces them
        String current = Files.readString(fitted);
        Files.writeString(fitted, current.replaceFirst("\"words\",", "\"words\", \"retired_signal\","));
        CliTest.Run outdated = run("compare", "--data", data, en, inquiry);
        assertThat(outdated.exit()).as(outdated.err()).isZero();
        assertThat(outdated.err()).contains("was fitted by another version of polynews", "train similarity FILE --model minilm");
        assertThat(outdated.out()).contains("(not used: no weights fitted for it)");
        assertThat(run("train", "similarity", pairs.toString(), "--folds", "2", "--data", data, "-q").exit()).isZero();
        assertThat(run("compare", "--data", data, en, inquiry).err()).doesNotContain("another version");

        assertThat(run("models", "use", "--none", "--data", data).out()).contains("model-free");
        assertThat(run("compare", "--data", data, en, inquiry).out()).doesNotContain("sentence vectors");
        assertThat(run("models", "remove", "minilm", "--data", data).exit()).isZero();
        CliTest.Run gone = run("models", "use", "minilm", "--data", data);
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.err()).contains("no model named minilm");
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path temp) {
        CliTest.Run add = run("models", "add", "x", "--from", temp.resolve("nowhere").toString(), "--data", temp.toString());
        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err()).contains("nowhere is not a folder");
    }
}
