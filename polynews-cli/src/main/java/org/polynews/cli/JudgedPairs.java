package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.eval.BenchmarkException;
import org.polynews.eval.SimilarityEvaluation;
import org.polynews.eval.SimilarityPairReader;
import org.polynews.similarity.SimilarityModel;

import java.io.PrintWriter;
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

    /** Scores with the shipped model (measuring signals does not depend on it). */
    static SimilarityEvaluation evaluation() {
        return new SimilarityEvaluation(new Pipeline(Polynews.jsonMapper()), SimilarityModel.bundled(Polynews.jsonMapper()));
    }
}
