package org.polynews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;

/** The {@code polynews} command: one subcommand per job. */
@Command(name = "polynews", mixinStandardHelpOptions = true, version = "polynews 0.1.0",
        description = "Multilingual news story engine: events, storylines and article comparison across languages.",
        subcommands = {IngestCommand.class, StoriesCommand.class, CompareCommand.class, SearchCommand.class, ExtractCommand.class, EvalCommand.class, TrainCommand.class,
                ShowCommand.class, ServeCommand.class, LoadTestCommand.class, BenchCommand.class, ModelsCommand.class, LexiconsCommand.class, WarmUpCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (a file that could not be read, an unknown article)", "2:usage error"})
public final class PolynewsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: ingest, stories, compare, search, show, serve, models, lexicons, extract, eval, train, bench, loadtest");
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = commandLine().execute(args);
        } catch (OutOfMemoryError e) { // an Error, which picocli's handler of exceptions never sees
            System.err.println("polynews: ran out of memory (the Java heap is full): give it more, for example "
                    + "POLYNEWS_JAVA_OPTS=-Xmx4g (see Memory in README.md)");
            exit = 1;
        }
        System.exit(exit);
    }

    /**
     * The command line, writing to standard output and error through {@link TerminalSafeWriter}: what the store holds
     * (titles, file names) is printed without the control characters it may carry. Help is therefore without colours.
     */
    public static CommandLine commandLine() {
        return commandLine(new OutputStreamWriter(System.out), new OutputStreamWriter(System.err));
    }

    /** The command line writing to {@code out} and {@code err}, through {@link TerminalSafeWriter}. */
    public static CommandLine commandLine(Writer out, Writer err) {
        CommandLine cli = new CommandLine(new PolynewsCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(new PrintWriter(new TerminalSafeWriter(out), true));
        cli.setErr(new PrintWriter(new TerminalSafeWriter(err), true));
        asParagraphs(cli);
        return cli;
    }

    /**
     * Each command's description as one paragraph: the sources cut it into lines that read well in code, and picocli
     * prints each line as its own, then wraps it at 80 columns, which left ragged half-lines in every --help.
     */
    private static void asParagraphs(CommandLine cli) {
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        if (usage.description().length > 1) {
            usage.description(String.join(" ", usage.description()));
        }
        cli.getSubcommands().values().forEach(PolynewsCommand::asParagraphs);
    }
}
