package org.polynews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit the parameters polynews ships, from judged data, and report them cross-validated.",
        subcommands = {SimilarityTrainCommand.class, BackgroundTrainCommand.class, ClusteringTrainCommand.class})
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose what to train: similarity, background, clustering");
    }
}
