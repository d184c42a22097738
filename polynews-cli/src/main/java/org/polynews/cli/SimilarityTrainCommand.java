package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.eval.SimilarityEvaluation;
import org.polynews.eval.SimilarityPairReader;
import org.polynews.eval.SimilarityTrainer;
import org.polynews.similarity.SimilarityModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = {"Fit the similarity model (one ridge regression per dimension from the measured signals to the judges' scores)",
                "on a file of judged pairs (as for eval similarity), print its k-fold cross-validated scores, and write the model",
                "fitted on all pairs. To change what polynews ships, write it to",
                "polynews-core/src/main/resources/org/polynews/similarity/similarity-model.json and rebuild."})
final class SimilarityTrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines file of judged pairs.")
    Path file;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10", description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--by-language-pair",
            description = "Cross-validate by holding out one language pair at a time instead of K random folds: how the model does on languages it was not fitted on.")
    boolean byLanguagePair;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL",
            description = "Where to write the model (default: similarity-model.json, or with --model the model's own folder, where eval and compare find it).")
    Path output;

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
        if (folds < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be 2 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimilarityPairReader.Pairs pairs = JudgedPairs.read(file, err);
        List<SimilarityEvaluation.PairMeasurement> measured;
        String encoderId;
        try (JudgedPairs.Wiring wiring = JudgedPairs.evaluation(modelChoice, true, err)) {
            ProgressMeter progress = progressOption.meter(err, "text", format);
            measured = wiring.evaluation().measure(pairs.pairs(), progress::done);
            encoderId = wiring.model() == null ? null : wiring.model().encoder().id();
            if (output == null) {
                output = wiring.model() != null ? wiring.model().fittedPath() : Path.of("similarity-model.json");
            }
        }
        SimilarityTrainer.Training training;
        try {
            training = new SimilarityTrainer().train(measured, folds, byLanguagePair,
                    file.getFileName() + ", " + measured.stream().filter(m -> m.signals() != null).count()
                            + " pairs, ridge regression per dimension, shrinkage and interactions chosen by inner cross-validation",
                    encoderId);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
        writeModel(training.model());
        if (format.json()) {
            Map<String, Object> json = SimilarityReportPrinter.json(training.crossValidated());
            json.put("model", output.toString());
            Map<String, String> settings = new LinkedHashMap<>();
            training.settings().forEach((d, chosen) -> settings.put(d.label(), chosen.toString()));
            json.put("settings", settings);
            FormatOption.printJson(out, json);
        } else {
            SimilarityReportPrinter.printTable(out, training.crossValidated(), null);
            out.printf("%nsettings chosen on all pairs by inner cross-validation:%n");
            training.settings().forEach((d, chosen) -> out.printf("  %-10s %s%n", d.label(), chosen));
            out.printf("%nmodel fitted on all pairs written to %s%n", output);
        }
        out.flush();
        return 0;
    }

    private void writeModel(SimilarityModel model) {
        try {
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), "model", ".tmp");
            Files.writeString(tmp, model.write(Polynews.jsonMapper()) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputException(output + ": cannot write the model: " + e.getMessage());
        }
    }
}
