package org.polynews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure polynews against public benchmarks and print the scores.",
        subcommands = {ExtractionEvalCommand.class, DatesEvalCommand.class, SimilarityEvalCommand.class, ClusteringEvalCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose what to evaluate: extraction, dates, similarity, clustering");
    }
}
