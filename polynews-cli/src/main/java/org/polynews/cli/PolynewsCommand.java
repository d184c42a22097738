package org.polynews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.Supplier;

/** The {@code polynews} command: one subcommand per job. */
@Command(name = "polynews", mixinStandardHelpOptions = true, version = "polynews 0.1.0",
        description = "Multilingual news story engine: events, storylines and article comparison across languages.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (a file that could not be read, an unknown article)", "2:usage error"})
public final class PolynewsCommand implements Runnable {
    /** A subcommand: its name, as its {@code @Command} gives it, and how to make it. */
    private record Subcommand(String name, Supplier<Object> make) {
    }

    /** The subcommands, in the order help lists them. */
    private static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("ingest", IngestCommand::new), new Subcommand("stories", StoriesCommand::new),
            new Subcommand("compare", CompareCommand::new), new Subcommand("search", SearchCommand::new),
            new Subcommand("extract", ExtractCommand::new), new Subcommand("eval", EvalCommand::new),
            new Subcommand("train", TrainCommand::new), new Subcommand("show", ShowCommand::new),
            new Subcommand("serve", ServeCommand::new), new Subcommand("loadtest", LoadTestCommand::new),
            new Subcommand("bench", BenchCommand::new), new Subcommand("models", ModelsCommand::new),
            new Subcommand("lexicons", LexiconsCommand::new), new Subcommand("warm-up", WarmUpCommand::new),
            new Subcommand("help", CommandLine.HelpCommand::new));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: ingest, stories, compare, search, show, serve, models, lexicons, extract, eval, train, bench, loadtest");
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = commandLine(new OutputStreamWriter(System.out), new OutputStreamWriter(System.err), args).execute(args);
        } catch (OutOfMemoryError e) { // an Error, which picocli's handler of exceptions never sees
            System.err.println("polynews: ran out of memory (the Java heap is full): give it more, for example "
                    + "POLYNEWS_JAVA_OPTS=-Xmx4g (see Memory in README.md)");
            exit = 1;
        }
        System.exit(exit);
    }

    /**
     * The command line with every subcommand, writing to {@code out} and {@code err} through {@link TerminalSafeWriter}:
     * what the store holds (titles, file names) is printed without the control characters it may carry. Help is
     * therefore without colours.
     */
    public static CommandLine commandLine(Writer out, Writer err) {
        return commandLine(out, err, SUBCOMMANDS);
    }

    /**
     * The command line to run {@code args} with: when they start with a subcommand's name (other than help), with
     * that one alone. Picocli reads every registered command's options when the command line is made, which cost a
     * quick command such as {@code show} a fifth of its run; help, a version, a mistyped name and no name at all get
     * every subcommand, to list them or suggest one.
     */
    public static CommandLine commandLine(Writer out, Writer err, String... args) {
        List<Subcommand> named = args.length == 0 ? List.of()
                : SUBCOMMANDS.stream().filter(c -> c.name().equals(args[0]) && !c.name().equals("help")).toList();
        return commandLine(out, err, named.isEmpty() ? SUBCOMMANDS : named);
    }

    private static CommandLine commandLine(Writer out, Writer err, List<Subcommand> subcommands) {
        CommandLine cli = new CommandLine(new PolynewsCommand());
        subcommands.forEach(c -> cli.addSubcommand(c.make().get()));
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
