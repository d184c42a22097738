package org.polynews.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.polynews.Polynews;
import org.polynews.server.api.ArticlesApi;
import org.polynews.server.api.CompareApi;
import org.polynews.server.api.EventsApi;
import org.polynews.server.api.HealthApi;
import org.polynews.server.api.SearchApi;
import org.polynews.server.api.StoryIndex;
import org.polynews.server.api.StorylinesApi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code polynews serve}: the JSON API, {@code /metrics}, {@code /openapi.json} and the web page over one
 * open store. Every answer that is not a success is JSON naming the problem; unexpected failures are
 * logged to {@code log} and answered 500 without internals.
 */
public final class PolynewsServer implements AutoCloseable {
    /** Longest a client may take to send a request (headers and body) or to take in the answer: a 16 MB upload at 1 MB/s fits. */
    static final long REQUEST_SECONDS = 30;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final ServerSettings settings;
    private final ObjectMapper json;
    private final Router router = new Router();
    private final ServerMetrics metrics;
    private final PrintStream log;
    private final HttpServer http;
    private final ExecutorService threads;

    public PolynewsServer(Polynews polynews, ServerSettings settings, PrintStream log) {
        this.settings = settings;
        this.json = polynews.pipeline().json();
        this.log = log;
        this.metrics = new ServerMetrics(polynews::size);
        StoryIndex stories = new StoryIndex(polynews);
        StaticResources files = new StaticResources();
        new ArticlesApi(polynews, stories, metrics).register(router);
        new EventsApi(polynews, stories).register(router);
        new StorylinesApi(stories).register(router);
        new SearchApi(polynews, stories).register(router);
        new CompareApi(polynews).register(router);
        new HealthApi(polynews, stories).register(router);
        router.get("/metrics", r -> Reply.bytes(ServerMetrics.CONTENT_TYPE, metrics.scrape()));
        router.get("/openapi.json", r -> files.serve("openapi.json"));
        router.get("/", r -> files.serve("index.html"));
        router.get("/{file}", r -> files.serve(r.path("file")));
        limitRequestTime();
        try {
            http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        threads = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "polynews-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        http.createContext("/", this::answer);
    }

    /**
     * The JDK's server reads a request on a handler thread and waits for a client as long as the client likes: a few
     * clients that send their headers a byte a second, or less body than they announced, would hold every thread.
     * Its only limits are these system properties (read once, when the first server is made); a value the user set
     * (POLYNEWS_JAVA_OPTS) is kept.
     */
    private static void limitRequestTime() {
        for (String property : List.of("sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime")) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, Long.toString(REQUEST_SECONDS));
            }
        }
    }

    public PolynewsServer start() {
        http.start();
        return this;
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Stops accepting requests and lets those under way finish (up to two seconds). */
    @Override
    public void close() {
        http.stop(2);
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpExchange exchange) {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod();
        String routeName = "unmatched";
        int status;
        try {
            Reply reply;
            try {
                checkHost(exchange);
                Router.Match match = router.match(method, exchange.getRequestURI().getPath());
                routeName = match.route().template();
                if (match.route().write()) {
                    checkOrigin(exchange);
                    checkToken(exchange);
                }
                reply = match.route().handler().handle(new Request(exchange, match.parameters(), settings.maxBodyBytes()));
            } catch (HttpProblem e) {
                reply = error(e.status(), e.getMessage());
            } catch (IllegalArgumentException e) {
                reply = error(400, e.getMessage());
            } catch (Exception | StackOverflowError e) {
                log.println("polynews serve: " + method + " " + exchange.getRequestURI() + " failed: " + e);
                reply = error(500, "internal error; the server log has the details");
            }
            status = reply.status();
            send(exchange, reply);
        } catch (IOException e) {
            status = 499; // the client went away while we answered
        } finally {
            exchange.close();
        }
        metrics.request(method, routeName, status, (System.nanoTime() - start) / 1e9);
    }

    /**
     * On a loopback address only this machine's names are served: a page elsewhere that makes its own name resolve to
     * 127.0.0.1 (DNS rebinding) would otherwise read and write as if it were the user's own page.
     */
    private void checkHost(HttpExchange exchange) {
        if (!exchange.getLocalAddress().getAddress().isLoopbackAddress()) {
            return; // served to the network under names this server cannot know; writes then need the token
        }
        String host = hostName(exchange.getRequestHeaders().getFirst("Host"));
        if (host != null && !LOOPBACK_NAMES.contains(host)) {
            throw new HttpProblem(403, "this server answers to localhost and 127.0.0.1 only, not to " + host);
        }
    }

    /**
     * Writes come from this server's own page or from clients that are not browsers: a browser says where a request
     * comes from (Origin, else Referer), and a page of another site must not add articles to the user's store.
     */
    private static void checkOrigin(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String from = origin != null ? origin : exchange.getRequestHeaders().getFirst("Referer");
        if (from == null) {
            return;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        String authority;
        try {
            authority = "null".equals(from) ? null : URI.create(from.strip()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (authority == null || host == null || !authority.equalsIgnoreCase(host.strip())) {
            throw new HttpProblem(403, "writes from another site's page are refused (" + (origin != null ? "Origin" : "Referer") + ": " + from + ")");
        }
    }

    /** The host name of a Host header, lower-case, without port or IPv6 brackets; null when there is none. */
    private static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private void checkToken(HttpExchange exchange) {
        if (settings.token() == null) {
            return;
        }
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Bearer " + settings.token();
        if (given == null || !MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"polynews\"");
            throw new HttpProblem(401, given == null
                    ? "this server needs a token for writes: send the header 'Authorization: Bearer TOKEN'"
                    : "the token is wrong");
        }
    }

    private static Reply error(int status, String message) {
        return Reply.json(status, Map.of("status", status, "error", message == null ? "bad request" : message));
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = reply.json() != null ? json.writeValueAsBytes(reply.json()) : reply.body();
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // the page and its data are never shown inside another site's frame, and load nothing from elsewhere
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
