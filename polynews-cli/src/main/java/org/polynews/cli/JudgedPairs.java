package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.eval.BenchmarkException;
import org.polynews.eval.SimilarityEvaluation;
import org.polynews.eval.SimilarityPairReader;
import org.polynews.similarity.SimilarityModel;

import org.polynews.encoder.ModelStore;
import org.polynews.encoder.OnnxTextEncoder;
import org.polynews.represent.ArticleEmbedder;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What eval similarity and train similarity share: reading a judged-pairs file and wiring the evaluation. */
final class JudgedPairs {
    private JudgedPairs() {
    }

    /** The file's pairs; lines that cannot be used are reported on {@code err}. */
    static SimilarityPairReader.Pairs read(Path file, PrintWriter err) {
        SimilarityPairReader.Pairs pairs;
        try {
            pairs = new SimilarityPairReader(Polynews.jsonMapper()).read(file);
        } catch (BenchmarkException e) {
            throw new InputException(e.getMessage());
        }
        pairs.problems().forEach(p -> err.println("skipped " + p));
        return pairs;
    }

    /** Which sentence encoder, if any, eval and train use: {@code --model NAME|none}, by default the one in use. */
    static final class ModelChoice {
        @Option(names = "--model", paramLabel = "NAME",
                description = "Sentence model to combine with the model-free signals (see 'models'); none for the model-free engine. "
                        + "Default: the model in use in --data, if any.")
        String model;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "polynews-data", description = "Data folder whose models to look in (default: ${DEFAULT-VALUE}).")
        Path data;

        /** The model's name, or null for none. */
        String name() {
            if ("none".equals(model)) {
                return null;
            }
            return model != null ? model : ModelsCommand.store(data).active().orElse(null);
        }
    }

    /** An evaluation wired with its encoder (closed with it). */
    record Wiring(SimilarityEvaluation evaluation, OnnxTextEncoder encoder, Path fittedModel) implements AutoCloseable {
        @Override
        public void close() {
            if (encoder != null) {
                encoder.close();
            }
        }
    }

    /**
     * Scores with the shipped model, or with a model's fitted one ({@code models/NAME/similarity-model.json})
     * when a model is chosen; {@code forTraining} skips the fitted one (measuring signals does not depend on it).
     */
    static Wiring evaluation(ModelChoice choice, boolean forTraining, PrintWriter err) {
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        SimilarityModel shipped = SimilarityModel.bundled(Polynews.jsonMapper());
        String name = choice.name();
        if (name == null) {
            return new Wiring(new SimilarityEvaluation(pipeline, shipped), null, null);
        }
        ModelStore models = ModelsCommand.store(choice.data);
        OnnxTextEncoder encoder = models.open(name, Runtime.getRuntime().availableProcessors());
        Path fitted = models.similarityModel(name);
        SimilarityModel model = shipped;
        if (!forTraining) {
            model = fittedFor(encoder, fitted, err).orElse(shipped);
        }
        return new Wiring(new SimilarityEvaluation(pipeline, model, new ArticleEmbedder(encoder)), encoder, fitted);
    }

    private static Optional<SimilarityModel> fittedFor(OnnxTextEncoder encoder, Path fitted, PrintWriter err) {
        if (!Files.isRegularFile(fitted)) {
            err.println("note: no similarity weights fitted for " + encoder.id() + " yet, so its vectors are not used;"
                    + " fit them with: polynews train similarity FILE --model " + encoder.id().substring(0, encoder.id().indexOf('@')));
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(fitted)) {
            SimilarityModel model = SimilarityModel.read(in, Polynews.jsonMapper());
            if (!encoder.id().equals(model.encoder())) {
                err.println("note: " + fitted + " was fitted for " + model.encoder() + ", not " + encoder.id() + "; refit it with train similarity");
                return Optional.empty();
            }
            return Optional.of(model);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(fitted + ": " + e.getMessage());
        }
    }
}
