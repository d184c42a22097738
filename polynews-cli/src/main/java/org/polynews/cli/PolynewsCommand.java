package org.polynews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code polynews} command: one subcommand per job. */
@Command(name = "polynews", mixinStandardHelpOptions = true, version = "polynews 0.1.0",
        description = "Multilingual news story engine: events, storylines and article comparison across languages.",
        subcommands = {IngestCommand.class, StoriesCommand.class, CompareCommand.class, SearchCommand.class, ExtractCommand.class, EvalCommand.class, TrainCommand.class,
                ShowCommand.class, ServeCommand.class, LoadTestCommand.class, ModelsCommand.class, LexiconsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (a file that could not be read, an unknown article)", "2:usage error"})
public final class PolynewsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: ingest, stories, compare, search, show, serve, models, lexicons, extract, eval, train");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PolynewsCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli;
    }
}
