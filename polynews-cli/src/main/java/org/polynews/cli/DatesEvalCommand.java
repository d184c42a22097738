package org.polynews.cli;

import org.polynews.eval.BenchmarkFormat;
import picocli.CommandLine.Command;

import java.util.Set;

@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Score publication-date extraction on an htmldate benchmark folder (eval.json: page address, file, gold date).",
                "The exact day is right; a wrong day is a false positive, no day a false negative. Prints precision, recall, F1 and pages/s."})
final class DatesEvalCommand extends BenchmarkEvalCommand {
    @Override
    Set<BenchmarkFormat> accepted() {
        return Set.of(BenchmarkFormat.HTMLDATE);
    }

    @Override
    String otherCommand() {
        return "polynews eval extraction";
    }
}
