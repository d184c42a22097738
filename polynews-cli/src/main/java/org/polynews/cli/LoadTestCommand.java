package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.server.load.LoadGenerator;
import org.polynews.server.load.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Put a bounded load on a running 'polynews serve': concurrent searches and ingests, then requests/s and",
                "p50/p99 latency per kind. Ingests add articles (copies of stored ones with a new sentence): use a scratch store."})
final class LoadTestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080/")
    URI url;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "2000", description = "Requests in all (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--ingest-every", defaultValue = "10", paramLabel = "N",
            description = "One request in N is an ingest, the rest searches; 0 for searches only (default: ${DEFAULT-VALUE}).")
    int ingestEvery;

    @Option(names = "--token", defaultValue = "${env:POLYNEWS_TOKEN}", description = "Token for ingests, when the server needs one (default: $POLYNEWS_TOKEN).")
    String token;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for the choice of queries and articles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LoadReport report;
        try {
            report = new LoadGenerator(Polynews.jsonMapper()).run(new LoadGenerator.Settings(url, clients, requests, ingestEvery, token, seed));
        } catch (IOException | IllegalStateException e) {
            throw new InputException(e.getMessage());
        }
        if (format.json()) {
            FormatOption.printJson(out, report);
        } else {
            out.printf("%d requests from %d clients in %.1f s: %.1f requests/s, %d failed%n", report.requests(), report.clients(),
                    report.seconds(), report.requestsPerSecond(), report.errors());
            out.println("kind      requests  failed  req/s     p50 ms   p99 ms   max ms");
            for (LoadReport.Kind k : report.kinds()) {
                out.printf("%-8s  %8d  %6d  %7.1f  %7.1f  %7.1f  %7.1f%n", k.name(), k.requests(), k.errors(), k.requestsPerSecond(), k.p50(), k.p99(), k.max());
            }
            report.errorSamples().forEach(s -> out.println("failed: " + s));
        }
        out.flush();
        return report.errors() == 0 ? 0 : 1;
    }
}
