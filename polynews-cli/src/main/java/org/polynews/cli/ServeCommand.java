package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.server.PolynewsServer;
import org.polynews.server.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: a JSON API (documented at /openapi.json), Prometheus metrics at /metrics,",
                "and a web page to follow storylines, events and comparisons. Ingests PATHs first when given.",
                "Runs until stopped (Ctrl-C); every ingest is saved when its request is answered."})
final class ServeCommand extends StoreCommand {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest before serving (optional).")
    List<String> paths = List.of();

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token", defaultValue = "${env:POLYNEWS_TOKEN}", paramLabel = "TOKEN",
            description = "Writes (POST) need 'Authorization: Bearer TOKEN'; reads stay open. Default: the POLYNEWS_TOKEN "
                    + "environment variable; none means anyone who can reach the port may add articles.")
    String token;

    @Option(names = "--max-body", defaultValue = "16m", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Largest request body accepted, e.g. 512k, 16m (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--connections-per-client", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_CONNECTIONS_PER_CLIENT,
            description = "Open connections one address may hold (default: ${DEFAULT-VALUE}); raise it behind a reverse proxy, "
                    + "whose address every client shares.")
    int connectionsPerClient;

    @Option(names = "--threads", defaultValue = "" + ServerSettings.DEFAULT_THREADS,
            description = "Requests answered at once (default: ${DEFAULT-VALUE}); slow clients hold none of them.")
    int threads;

    @Override
    int run(Polynews polynews, PrintWriter out) throws Exception {
        if (!paths.isEmpty()) {
            Ingestion.run(polynews, paths, err(), false);
        }
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, token, maxBody, threads, connectionsPerClient);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PolynewsServer server;
        try {
            server = new PolynewsServer(polynews, settings, System.err).start();
        } catch (UncheckedIOException e) {
            throw new InputException(e.getMessage() + (port != 0 ? "; choose another port with --port" : ""));
        }
        ServingFile.write(data, server.uri(), server.instance()); // read commands run meanwhile ask this server (StoreCommand)
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ServingFile.delete(data);
            server.close();
            stopped.countDown();
        }, "polynews-stop"));
        out.printf(Locale.ROOT, "polynews: serving %d articles from %s at %s%s%n", polynews.size(), data, server.uri(),
                settings.token() == null ? "" : " (writes need the token)");
        out.println("polynews: web page at " + server.uri() + ", API description at " + server.uri() + "openapi.json; Ctrl-C stops");
        out.flush();
        stopped.await();
        return 0;
    }

    /** "512k", "16m", "1g" or a number of bytes. */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT).replaceAll("i?b$", "");
            long unit = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
                case 'k' -> 1L << 10;
                case 'm' -> 1L << 20;
                case 'g' -> 1L << 30;
                default -> 1;
            };
            String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
            try {
                long n = Long.parseLong(digits.strip());
                if (n <= 0) {
                    throw new CommandLine.TypeConversionException("a size must be positive: " + value);
                }
                return n * unit;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("not a size: '" + value + "' (use e.g. 512k or 16m)");
            }
        }
    }
}
