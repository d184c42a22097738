package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.cluster.EventModel;
import org.polynews.eval.ClusteringEvaluation;
import org.polynews.eval.EventModelTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Fit the same-event decision (a logistic regression over a pair's measured similarities) on labelled pairs:",
                "every two articles of one true event, each labelled article against its grouping candidates (other stories and",
                "the mixed-in articles are different events), and judged SemEval pairs (Overall <= 1.5 same, >= 3.5 different).",
                "Prints the cross-validated precision and recall (folds hold out whole storylines) and writes the model fitted",
                "on all pairs. To change what polynews ships, write it to",
                "polynews-core/src/main/resources/org/polynews/cluster/" + EventModel.RESOURCE + " and rebuild."})
final class ClusteringTrainCommand implements Callable<Integer> {
    @Mixin
    ClusteringFiles files;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "Data folder holding the files' articles (an 'eval clustering --data DIR' run fills it; what is missing is ingested).")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", defaultValue = EventModel.RESOURCE,
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path output;

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
        ClusteringFiles.Read read = files.read(err);
        EventModelTrainer.Result result;
        try (Polynews polynews = Polynews.open(data)) {
            ClusteringEvaluation evaluation = new ClusteringEvaluation(polynews);
            var idOfText = evaluation.stored(read.gold(), read.mix(), read.judged(), Ingestion.listener(progressOption.meter(err, "article", format), err));
            List<EventModelTrainer.LabelledPair> pairs = evaluation.eventPairs(read.gold(), read.judged(), idOfText);
            result = new EventModelTrainer().train(pairs);
        }
        try {
            Polynews.jsonMapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), result.model());
        } catch (IOException e) {
            throw new InputException(output + ": cannot write the model: " + e.getMessage());
        }
        if (format.json()) {
            FormatOption.printJson(out, result);
        } else {
            out.println("cross-validated (folds hold out whole storylines):");
            out.println("             pairs  one event  threshold  precision  recall     F1");
            print(out, "dated", result.dated());
            print(out, "undated", result.undated());
            print(out, "all", result.all());
            out.println("weights:");
            for (int i = 0; i < EventModel.FEATURES.size(); i++) {
                out.printf(Locale.ROOT, "  %-16s %8.3f%n", EventModel.FEATURES.get(i), result.model().weights()[i]);
            }
            out.println("model written to " + output);
        }
        out.flush();
        return read.problems() == 0 ? 0 : 1;
    }

    private static void print(PrintWriter out, String label, EventModelTrainer.Scores s) {
        out.printf(Locale.ROOT, "  %-8s %7d  %9d  %9s  %9.3f  %6.3f  %5.3f%n", label, s.pairs(), s.same(),
                Double.isNaN(s.threshold()) ? "" : String.format(Locale.ROOT, "%.3f", s.threshold()), s.precision(), s.recall(), s.f1());
    }
}
