package org.polynews.cli;

import org.polynews.IngestListener;
import org.polynews.Polynews;
import org.polynews.eval.ClusteringEvaluation;
import org.polynews.eval.ClusteringReport;
import org.polynews.eval.OrderAgreement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Ingest labelled articles (JSON Lines: id, text, and optionally title, published, language, event, storyline),",
                "with unlabelled articles mixed in, into a scratch store (or --data) and score the grouping: events by pair recall",
                "against the true events (per language pair too) and pair precision against the true storylines and events;",
                "storylines by BCubed against the true storylines (mixed-in articles a storyline swallowed count against it);",
                "with --pairs, how many pairs the judges call one story (Overall <= 1.5) end up together and how many they call",
                "different (>= 3.5) are put together; and the ingest speed."})
final class ClusteringEvalCommand implements Callable<Integer> {
    @Mixin
    ClusteringFiles files;

    @Option(names = "--data", paramLabel = "DIR", description = "Ingest into this data folder and keep it (default: a scratch folder, deleted afterwards).")
    Path data;

    @Option(names = "--order", defaultValue = "as-given", paramLabel = "ORDER",
            description = "as-given (labelled articles, then the mix, in file order) or reverse (the same, last first). Default: ${DEFAULT-VALUE}.")
    String order;

    @Option(names = "--regroup", description = "Regroup the articles already in --data (filled by an earlier run with the same files) instead of "
            + "ingesting them: the texts are not read or analysed again, so grouping changes are measured in seconds.")
    boolean regroup;

    @Option(names = "--order-check", description = "Also ingest the same files in the other order into a scratch store and print how alike "
            + "the two groupings are (BCubed F1 of events and storylines, over all articles and the labelled ones; 1 = order changed nothing).")
    boolean orderCheck;

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
        ClusteringEvaluation.Order ingestOrder = switch (order) {
            case "as-given" -> ClusteringEvaluation.Order.AS_GIVEN;
            case "reverse" -> ClusteringEvaluation.Order.REVERSE;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--order must be as-given or reverse, not " + order);
        };
        if (regroup && data == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--regroup needs --data: the folder an earlier run filled");
        }
        ClusteringFiles.Read read = files.read(err);
        Path folder = data != null ? data : ScratchFolder.create("polynews-eval-");
        ClusteringReport report;
        try (Polynews polynews = Polynews.open(folder)) {
            IngestListener listener = Ingestion.listener(progressOption.meter(err, "article", format), err);
            ClusteringEvaluation evaluation = new ClusteringEvaluation(polynews);
            report = regroup ? evaluation.regroup(read.gold(), read.mix(), read.judged(), listener)
                    : evaluation.run(read.gold(), read.mix(), read.judged(), ingestOrder, listener);
            if (orderCheck) {
                ClusteringEvaluation.Order other = ingestOrder == ClusteringEvaluation.Order.REVERSE
                        ? ClusteringEvaluation.Order.AS_GIVEN : ClusteringEvaluation.Order.REVERSE;
                report = report.withOrderCheck(otherOrder(polynews, evaluation, read, other, listener));
            }
        } finally {
            if (data == null) {
                ScratchFolder.deleteQuietly(folder);
            }
        }
        if (format.json()) {
            FormatOption.printJson(out, report);
        } else {
            print(out, report);
        }
        out.flush();
        return read.problems() == 0 && report.skipped().isEmpty() ? 0 : 1;
    }

    /** The same files ingested in the other order into a scratch store, and how alike the two groupings are. */
    private static OrderAgreement otherOrder(Polynews polynews, ClusteringEvaluation evaluation, ClusteringFiles.Read read,
                                             ClusteringEvaluation.Order order, IngestListener listener) throws IOException {
        Set<String> labelled = new HashSet<>();
        Map<String, String> idOfText = evaluation.stored(read.gold(), read.mix(), read.judged(), IngestListener.NONE);
        read.gold().forEach(g -> {
            String id = idOfText.get(g.document().text());
            if (id != null) {
                labelled.add(id);
            }
        });
        Path scratch = ScratchFolder.create("polynews-order-");
        try (Polynews again = Polynews.open(scratch)) {
            new ClusteringEvaluation(again).run(read.gold(), read.mix(), read.judged(), order, listener);
            return OrderAgreement.of(polynews.stories(), again.stories(), labelled);
        } finally {
            ScratchFolder.deleteQuietly(scratch);
        }
    }

    private static void print(PrintWriter out, ClusteringReport r) {
        out.printf(Locale.ROOT, "%d articles (%d labelled, %d mixed in) %s in %.1f s: %.1f articles/s%n%n",
                r.articles(), r.goldArticles(), r.mixedArticles(), r.regrouped() ? "regrouped" : "ingested", r.seconds(), r.articlesPerSecond());
        ClusteringReport.Events e = r.events();
        out.printf(Locale.ROOT, "events       %d (%d of one article)%n", e.count(), e.singletons());
        out.printf(Locale.ROOT, "  recall (true-event pairs in one event)   %.3f  of %d pairs%n", e.recall(), e.pairs());
        out.printf(Locale.ROOT, "  precision against storylines             %.3f%n", e.precisionStoryline());
        out.printf(Locale.ROOT, "  precision against events                 %.3f%n", e.precisionEvent());
        out.println("  recall by language pair:");
        e.recallByLanguagePair().forEach((k, v) -> out.printf(Locale.ROOT, "    %-8s %.3f  (%d pairs)%n", k, v.recall(), v.pairs()));
        ClusteringReport.Storylines s = r.storylines();
        out.printf(Locale.ROOT, "%nstorylines   %d%n", s.count());
        out.printf(Locale.ROOT, "  BCubed precision %.3f  recall %.3f  F1 %.3f%n", s.precision(), s.recall(), s.f1());
        if (s.largest() != null) {
            out.printf(Locale.ROOT, "  largest: %s, %d articles (%d labelled): %s%n", s.largest().id(), s.largest().articles(),
                    s.largest().goldArticles(), StoriesCommand.nullToDash(s.largest().title()));
        }
        ClusteringReport.Judged j = r.judged();
        if (j != null) {
            out.printf(Locale.ROOT, "%njudged pairs%n");
            out.printf(Locale.ROOT, "  same story (Overall <= %.1f): %d pairs, %.3f in one event, %.3f in one storyline%n",
                    ClusteringEvaluation.SAME_STORY, j.sameStory(), j.sameStoryInOneEvent(), j.sameStoryInOneStoryline());
            out.printf(Locale.ROOT, "  different (Overall >= %.1f): %d pairs, %.3f put together (one event or storyline)%n",
                    ClusteringEvaluation.DIFFERENT, j.different(), j.differentTogether());
        }
        OrderAgreement o = r.orderCheck();
        if (o != null) {
            out.printf(Locale.ROOT, "%norder check (the same files in the other order; BCubed F1 between the two groupings)%n");
            out.printf(Locale.ROOT, "  events      all %.3f  labelled %.3f%n", o.eventsAll(), o.eventsLabelled());
            out.printf(Locale.ROOT, "  storylines  all %.3f  labelled %.3f%n", o.storylinesAll(), o.storylinesLabelled());
        }
    }
}
