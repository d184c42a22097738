package org.polynews.cli;

import org.polynews.eval.BenchmarkFormat;
import picocli.CommandLine.Command;

import java.util.Set;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Score body extraction on a benchmark folder: scrapinghub (ground-truth.json, 4-token shingles, means over pages)",
                "or trafilatura (evaldata.json, with/without snippets summed over pages). Prints precision, recall, F1 and pages/s."})
final class ExtractionEvalCommand extends BenchmarkEvalCommand {
    @Override
    Set<BenchmarkFormat> accepted() {
        return Set.of(BenchmarkFormat.SCRAPINGHUB, BenchmarkFormat.TRAFILATURA);
    }

    @Override
    String otherCommand() {
        return "polynews eval dates";
    }
}
