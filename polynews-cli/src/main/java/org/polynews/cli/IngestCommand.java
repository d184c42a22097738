package org.polynews.cli;

import org.polynews.IngestReport;
import org.polynews.Polynews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add articles to the store: files, folders (recursively) or - for standard input.",
                "Takes scraped text (.txt, .md), HTML (.html, .htm) and JSON / JSON Lines (.json, .jsonl) with a \"text\" field",
                "(optional: title, url, published, language); any of them gzipped (.gz). Re-ingesting an article does not duplicate it.",
                "Inputs that cannot be read are reported and skipped; the rest still go in (exit code 1 when any was skipped)."})
final class IngestCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> paths;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error.")
    boolean quiet;

    @Override
    int run(Polynews polynews, PrintWriter out) {
        IngestReport report = Ingestion.run(polynews, paths, err(), quiet);
        return report.skipped().isEmpty() ? 0 : 1;
    }
}
