package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.eval.BenchmarkException;
import org.polynews.eval.SimilarityEvaluation;
import org.polynews.eval.SimilarityPairReader;
import org.polynews.similarity.SimilarityModel;
import org.polynews.translate.Lexicons;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

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

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "polynews-data",
                description = "Data folder whose models and lexicons to use (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--no-lexicons", description = "Do not use the bilingual lexicons imported into --data (see 'lexicons').")
        boolean noLexicons;

        /** The model's name, or null for none. */
        String name() {
            if ("none".equals(model)) {
                return null;
            }
            return model != null ? model : ModelsCommand.store(data).active().orElse(null);
        }
    }

    /** An evaluation wired with its model, if any (closed with it). */
    record Wiring(SimilarityEvaluation evaluation, ModelInUse model) implements AutoCloseable {
        @Override
        public void close() {
            if (model != null) {
                model.close();
            }
        }
    }

    /**
     * Scores with the shipped model, or with the weights fitted for the chosen sentence model
     * ({@code forTraining} needs only its vectors: measuring signals does not depend on weights).
     */
    static Wiring evaluation(ModelChoice choice, boolean forTraining, PrintWriter err) {
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper(), choice.noLexicons ? Lexicons.NONE : Lexicons.of(choice.data));
        String name = choice.name();
        if (name == null) {
            return new Wiring(new SimilarityEvaluation(pipeline, forTraining ? SimilarityModel.untrained() : SimilarityModel.bundled(Polynews.jsonMapper())), null);
        }
        ModelInUse model = ModelInUse.load(choice.data, name, forTraining ? new PrintWriter(Writer.nullWriter()) : err);
        return new Wiring(new SimilarityEvaluation(pipeline, model.similarity(), model.embedder()), model);
    }
}
