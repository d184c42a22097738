package org.polynews.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.similarity.Dimension;
import org.polynews.similarity.SimilarityModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the similarity model's cross-validated agreement with the SemEval judges in ../shared/data
 * (skips without it). `polynews train similarity` prints the full table.
 */
class SemEvalSimilarityTest {
    static final Path DEV = Path.of("..", "..", "shared", "data", "similarity", "semeval2022-task8-dev.jsonl");

    @Test
    void crossValidatedOverallStaysAboveItsFloorAndEveryDimensionBeatsTfidf() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DEV), DEV + " not found beside the checkout; skipped");
        List<SimilarityPair> pairs = new SimilarityPairReader(Polynews.jsonMapper()).read(DEV).pairs();
        SimilarityEvaluation evaluation = new SimilarityEvaluation(new Pipeline(Polynews.jsonMapper()), SimilarityModel.bundled(Polynews.jsonMapper()));
        SimilarityReport cv = new SimilarityTrainer().train(evaluation.measure(pairs, (d, t) -> { }), 10, "test").crossValidated();
        SimilarityReport tfidf = evaluation.run(pairs, SimilarityEvaluation.Scorer.TFIDF, (d, t) -> { });
        for (Dimension d : Dimension.values()) {
            System.out.printf("semeval dev, 10-fold cross-validated Pearson %s %.3f (tfidf %.3f)%n", d.label(), cv.pearson(d), tfidf.pearson(d));
        }
        assertThat(cv.pearson(Dimension.OVERALL)).isGreaterThanOrEqualTo(0.74);
        for (Dimension d : List.of(Dimension.GEOGRAPHY, Dimension.ENTITIES, Dimension.TIME, Dimension.NARRATIVE, Dimension.OVERALL, Dimension.TONE)) {
            assertThat(cv.pearson(d)).as(d.label()).isGreaterThan(tfidf.pearson(d));
        }
    }
}
