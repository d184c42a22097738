package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.encoder.ModelStore;
import org.polynews.encoder.OnnxTextEncoder;
import org.polynews.represent.ArticleEmbedder;
import org.polynews.similarity.SimilarityModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A sentence model loaded for a command, with the similarity weights fitted for it (or the shipped ones, with
 * a note, when none have been fitted yet). Closing it frees the model.
 *
 * @param fittedPath where weights fitted for this model live (train similarity --model writes there)
 */
record ModelInUse(OnnxTextEncoder encoder, SimilarityModel similarity, boolean fitted, Path fittedPath) implements AutoCloseable {

    /** The model named {@code name} in {@code data}'s models. */
    static ModelInUse load(Path data, String name, PrintWriter err) {
        ModelStore models = ModelsCommand.store(data);
        OnnxTextEncoder encoder = models.open(name, Runtime.getRuntime().availableProcessors());
        Path fittedPath = models.similarityModel(name);
        SimilarityModel shipped = SimilarityModel.bundled(Polynews.jsonMapper());
        if (!Files.isRegularFile(fittedPath)) {
            err.println("note: no similarity weights fitted for " + encoder.id() + " yet, so scores do not use its vectors;"
                    + " fit them with: polynews train similarity FILE --model " + name);
            return new ModelInUse(encoder, shipped, false, fittedPath);
        }
        try (InputStream in = Files.newInputStream(fittedPath)) {
            SimilarityModel model;
            try {
                model = SimilarityModel.read(in, Polynews.jsonMapper());
            } catch (SimilarityModel.OutdatedException e) {
                err.println("note: " + fittedPath + " was fitted by another version of polynews, so scores do not use the vectors of " + encoder.id()
                        + "; refit it with: polynews train similarity FILE --model " + name);
                return new ModelInUse(encoder, shipped, false, fittedPath);
            }
            if (!encoder.id().equals(model.encoder())) {
                err.println("note: " + fittedPath + " was fitted for " + model.encoder() + ", not " + encoder.id() + "; refit it with train similarity --model " + name);
                return new ModelInUse(encoder, shipped, false, fittedPath);
            }
            return new ModelInUse(encoder, model, true, fittedPath);
        } catch (IOException | IllegalArgumentException e) {
            encoder.close();
            throw new InputException(fittedPath + ": " + e.getMessage());
        }
    }

    ArticleEmbedder embedder() {
        return new ArticleEmbedder(encoder);
    }

    @Override
    public void close() {
        encoder.close();
    }
}
