package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.cluster.EventModel;
import org.polynews.cluster.StorylineModel;
import org.polynews.eval.ClusteringEvaluation;
import org.polynews.eval.ClusteringTrainingPairs;
import org.polynews.eval.PairModelTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Fit the grouping decisions, each a logistic regression on labelled pairs: whether two articles report one",
                "event (over their measured similarities: every two articles of one true event, each labelled article against its",
                "grouping candidates, where other stories and the mixed-in articles are different events) and whether an event",
                "continues a storyline (over how their names, places and words compare: each article against its true storyline's",
                "earlier events, and against the candidates' other storylines); judged SemEval pairs (Overall <= 1.5 same,",
                ">= 3.5 different) count for both. Prints the cross-validated precision and recall (folds hold out whole",
                "storylines) and writes the models fitted on all pairs as " + EventModel.RESOURCE + " and " + StorylineModel.RESOURCE,
                "into the output folder. To change what polynews ships, write them to",
                "polynews-core/src/main/resources/org/polynews/cluster and rebuild."})
final class ClusteringTrainCommand implements Callable<Integer> {
    @Mixin
    ClusteringFiles files;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "Data folder holding the files' articles (an 'eval clustering --data DIR' run fills it; what is missing is ingested).")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write the two models into (default: the current folder).")
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
        try {
            // before the fitting, which takes minutes: a folder that cannot be made is said at once
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new InputException(output + ": cannot create the output folder: " + e.getMessage());
        }
        Models models;
        try (Polynews polynews = Polynews.open(data)) {
            ClusteringEvaluation evaluation = new ClusteringEvaluation(polynews);
            var idOfText = evaluation.stored(read.gold(), read.mix(), read.judged(), Ingestion.listener(progressOption.meter(err, "article", format), err));
            ClusteringTrainingPairs pairs = new ClusteringTrainingPairs(polynews, read.gold(), read.judged(), idOfText);
            PairModelTrainer.Result event = PairModelTrainer.EVENTS.train(pairs.eventPairs());
            PairModelTrainer.Result storyline = PairModelTrainer.STORYLINES.train(pairs.storylinePairs());
            models = new Models(event, storyline,
                    new EventModel(EventModel.FEATURES, event.weights(), threshold(event, EventModel.DATED), threshold(event, EventModel.UNDATED)),
                    new StorylineModel(StorylineModel.FEATURES, storyline.weights(), storyline.thresholds()));
        }
        write(models.eventModel(), output.resolve(EventModel.RESOURCE));
        write(models.storylineModel(), output.resolve(StorylineModel.RESOURCE));
        if (format.json()) {
            FormatOption.printJson(out, models);
        } else {
            print(out, "same event", models.event(), EventModel.FEATURES);
            print(out, "same storyline", models.storyline(), StorylineModel.FEATURES);
            out.println("models written to " + output.resolve(EventModel.RESOURCE) + " and " + output.resolve(StorylineModel.RESOURCE));
        }
        out.flush();
        return read.problems() == 0 ? 0 : 1;
    }

    /** What a run prints in JSON: both fits' cross-validated scores and the models written. */
    record Models(PairModelTrainer.Result event, PairModelTrainer.Result storyline, EventModel eventModel, StorylineModel storylineModel) {
    }

    /** A kind's threshold; even odds when no pair was of that kind. */
    private static double threshold(PairModelTrainer.Result result, String kind) {
        return result.thresholds().getOrDefault(kind, 0.5);
    }

    private static void write(Object model, Path file) {
        try {
            Polynews.jsonMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), model);
        } catch (IOException e) {
            throw new InputException(file + ": cannot write the model: " + e.getMessage());
        }
    }

    private static void print(PrintWriter out, String decision, PairModelTrainer.Result result, List<String> features) {
        out.println(decision + ", cross-validated (folds hold out whole storylines):");
        out.println("                             pairs    same  threshold  precision  recall     F1");
        result.kinds().forEach((kind, scores) -> print(out, kind, scores));
        print(out, "all", result.all());
        out.println("  weights:");
        for (int i = 0; i < features.size(); i++) {
            out.printf(Locale.ROOT, "    %-24s %8.3f%n", features.get(i), result.weights()[i]);
        }
    }

    private static void print(PrintWriter out, String label, PairModelTrainer.Scores s) {
        out.printf(Locale.ROOT, "  %-24s %7d  %6d  %9s  %9.3f  %6.3f  %5.3f%n", label, s.pairs(), s.same(),
                Double.isNaN(s.threshold()) ? "" : String.format(Locale.ROOT, "%.3f", s.threshold()), s.precision(), s.recall(), s.f1());
    }
}
