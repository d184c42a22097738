package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.eval.PairPrediction;
import org.polynews.eval.SimilarityEvaluation;
import org.polynews.eval.SimilarityPairReader;
import org.polynews.eval.SimilarityReport;
import org.polynews.similarity.Dimension;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = {"Score every judged pair of a SemEval-2022 Task 8 style file (JSON Lines: pair_id, lang1, lang2, text1, text2,",
                "scores{geography, entities, time, narrative, overall, style, tone}; 1 very similar … 4 very dissimilar) and print,",
                "per dimension, the Pearson correlation with the judges; for Overall also Spearman and a table per language pair."})
final class SimilarityEvalCommand implements Callable<Integer> {
    enum Baseline { tfidf }

    @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines file of judged pairs.")
    Path file;

    @Option(names = "--baseline", paramLabel = "NAME", description = "Also score the pairs with a baseline, in the same run: tfidf (cosine of TF-IDF word vectors).")
    Baseline baseline;

    @Option(names = "--predictions", paramLabel = "OUT", description = "Write one line per pair: {\"pair_id\", \"scores\": {the seven predicted dimensions}}.")
    Path predictions;

    @Mixin
    JudgedPairs.ModelChoice modelChoice;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    FormatOption format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimilarityPairReader.Pairs pairs = JudgedPairs.read(file, err);
        SimilarityReport report;
        SimilarityReport base;
        try (JudgedPairs.Wiring wiring = JudgedPairs.evaluation(modelChoice, false, err)) {
            SimilarityEvaluation evaluation = wiring.evaluation();
            ProgressMeter progress = progressOption.meter(err, "text", format);
            report = evaluation.run(pairs.pairs(), SimilarityEvaluation.Scorer.POLYNEWS, progress::done);
            base = baseline == null ? null : evaluation.run(pairs.pairs(), SimilarityEvaluation.Scorer.TFIDF, (d, t) -> { });
        }
        if (predictions != null) {
            writePredictions(report);
        }
        if (format.json()) {
            Map<String, Object> json = SimilarityReportPrinter.json(report);
            json.put("skipped_lines", pairs.problems().size());
            if (base != null) {
                json.put("baseline", SimilarityReportPrinter.json(base));
            }
            FormatOption.printJson(out, json);
        } else {
            SimilarityReportPrinter.printTable(out, report, base);
        }
        out.flush();
        return pairs.problems().isEmpty() && report.unscored().isEmpty() ? 0 : 1;
    }

    private void writePredictions(SimilarityReport report) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (PairPrediction p : report.scored()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("pair_id", p.pair().id());
                Map<String, Double> scores = new LinkedHashMap<>();
                p.predicted().forEach((d, v) -> scores.put(d.label(), Math.round(v * 1000) / 1000.0));
                line.put("scores", scores);
                w.write(Polynews.outputMapper().writeValueAsString(line));
                w.newLine();
            }
        } catch (IOException e) {
            throw new InputException(predictions + ": cannot write predictions: " + e.getMessage());
        }
    }

}
