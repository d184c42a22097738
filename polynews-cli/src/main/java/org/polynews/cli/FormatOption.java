package org.polynews.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.polynews.Polynews;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** The {@code --format table|json} option of the commands that print results. */
final class FormatOption {
    enum Format { table, json }

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    static void printJson(PrintWriter out, Object value) throws JsonProcessingException {
        out.println(Polynews.outputMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }
}
