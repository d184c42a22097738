package org.polynews.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.extract.Article;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;
import org.polynews.source.SourceSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract clean articles from web pages or scraped text, without storing anything.",
                "Prints per input: source, title, published (and where the date came from), author, site, url, language and text.",
                "Inputs as for ingest: files, folders, - for standard input, .gz read transparently.",
                "Inputs that cannot be read or hold no article are reported on standard error (exit code 1 when any)."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { text, json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "text", description = "text, json (one array) or jsonl (one object a line); default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What extract prints for one article; field names are the documented output. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Extracted(String source, String title, LocalDate published, @JsonProperty("date_source") String dateSource,
                     String author, String site, String url, String language, String text) {
        static Extracted of(Article a, String language) {
            return new Extracted(a.source(), a.title(), a.published(),
                    a.published() == null ? null : a.dateSource().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    a.author(), a.site(), a.url(), language, a.text());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        int[] problems = {0};
        ObjectMapper output = Polynews.outputMapper();
        try (SequenceWriter json = jsonWriter(pipeline, out)) {
            pipeline.sourceReader(() -> System.in).read(paths, new SourceSink() {
                @Override
                public void accept(SourceDocument document) {
                    Pipeline.Extraction extraction = pipeline.extract(document);
                    if (extraction.problem() != null) {
                        skip(extraction.problem());
                        return;
                    }
                    Extracted e = Extracted.of(extraction.article(), pipeline.languageOf(extraction.article()));
                    try {
                        if (json != null) {
                            json.write(e);
                        } else if (format == Format.jsonl) {
                            out.println(output.writeValueAsString(e));
                        } else {
                            printText(out, e);
                        }
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    out.flush();
                }

                @Override
                public void skip(SourceProblem problem) {
                    problems[0]++;
                    err.println("skipped " + problem.source() + ": " + problem.reason());
                    err.flush();
                }
            });
        } finally {
            if (format == Format.json) {
                out.println();
            }
            out.flush();
        }
        return problems[0] == 0 ? 0 : 1;
    }

    private SequenceWriter jsonWriter(Pipeline pipeline, PrintWriter out) throws IOException {
        if (format != Format.json) {
            return null;
        }
        // Closing the array must not close standard output.
        return Polynews.outputMapper().writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out);
    }

    private static void printText(PrintWriter out, Extracted e) {
        out.println("== " + e.source());
        out.println("title       " + StoriesCommand.nullToDash(e.title()));
        out.println("published   " + (e.published() == null ? "-" : e.published() + "  (from " + e.dateSource() + ")"));
        out.println("author      " + StoriesCommand.nullToDash(e.author()));
        out.println("site        " + StoriesCommand.nullToDash(e.site()) + (e.url() == null ? "" : "  " + e.url()));
        out.println("language    " + e.language());
        out.println();
        out.println(e.text());
        out.println();
    }
}
