package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.eval.BenchmarkException;
import org.polynews.eval.BenchmarkFormat;
import org.polynews.eval.BenchmarkLoader;
import org.polynews.eval.BenchmarkReport;
import org.polynews.eval.ExtractionBenchmark;
import org.polynews.eval.PageResult;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Runs the extraction stage over a benchmark folder and prints its scores; the subclasses say which formats they take. */
abstract class BenchmarkEvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Benchmark folder: its index file (format detected) and html/.")
    Path dir;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0", description = "Also list the N pages that scored worst, and why.")
    int worst;

    @Option(names = "--warm-up", paramLabel = "PASSES", defaultValue = "0",
            description = "Extract every page PASSES times before the timed pass, so pages/s shows steady speed rather than JIT compilation (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    FormatOption format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The benchmark formats this command measures. */
    abstract Set<BenchmarkFormat> accepted();

    /** The command to suggest for a folder of another format. */
    abstract String otherCommand();

    @Override
    public Integer call() throws Exception {
        if (worst < 0 || warmUp < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--worst and --warm-up must be 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        BenchmarkLoader.Benchmark benchmark;
        try {
            benchmark = new BenchmarkLoader(Polynews.jsonMapper()).load(dir);
        } catch (BenchmarkException e) {
            throw new InputException(e.getMessage());
        }
        if (!accepted().contains(benchmark.format())) {
            throw new InputException(dir + ": holds " + benchmark.format().description() + "; use " + otherCommand());
        }
        ProgressMeter progress = progressOption.meter(spec.commandLine().getErr(), "page", format);
        BenchmarkReport report = new ExtractionBenchmark(new Pipeline(Polynews.jsonMapper())).run(benchmark, warmUp, progress::done);
        if (format.json()) {
            FormatOption.printJson(out, json(report));
        } else {
            printTable(out, report);
        }
        out.flush();
        return 0;
    }

    private Map<String, Object> json(BenchmarkReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", report.format().name().toLowerCase(Locale.ROOT));
        json.put("pages", report.pages());
        json.put("precision", round(report.precision()));
        json.put("recall", round(report.recall()));
        json.put("f1", round(report.f1()));
        json.put("pages_per_second", Math.round(report.pagesPerSecond() * 10) / 10.0);
        json.put("mb_per_second", Math.round(report.megabytesPerSecond() * 100) / 100.0);
        json.put("missing_files", report.missingFiles());
        if (worst > 0) {
            json.put("worst", report.worst(worst).stream().map(BenchmarkEvalCommand::worstJson).toList());
        }
        return json;
    }

    private static Map<String, Object> worstJson(PageResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("file", r.file());
        json.put("f1", round(r.score().f1()));
        json.put("detail", detail(r));
        return json;
    }

    private void printTable(PrintWriter out, BenchmarkReport report) {
        out.printf(Locale.ROOT, "%s: %d pages in %s%n", report.format().description(), report.pages(), dir);
        out.printf(Locale.ROOT, "precision  %.3f%nrecall     %.3f%nF1         %.3f%n", report.precision(), report.recall(), report.f1());
        out.printf(Locale.ROOT, "speed      %.1f pages/s, %.2f MB/s on one core (%.2f MB of HTML in %.2f s)%n",
                report.pagesPerSecond(), report.megabytesPerSecond(), report.megabytes(), report.seconds());
        if (!report.missingFiles().isEmpty()) {
            out.printf("missing    %d page file%s named in the index: %s%n", report.missingFiles().size(),
                    report.missingFiles().size() == 1 ? "" : "s", report.missingFiles().stream().limit(5).collect(Collectors.joining(", ")));
        }
        List<PageResult> worstPages = report.worst(worst);
        if (!worstPages.isEmpty()) {
            out.printf("%nworst pages (F1, file, why):%n");
            worstPages.forEach(r -> out.printf(Locale.ROOT, "  %.3f  %s  %s%n", r.score().f1(), r.file(), detail(r)));
        }
    }

    private static String detail(PageResult r) {
        return r.problem() != null ? r.problem() : r.score().detail();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
