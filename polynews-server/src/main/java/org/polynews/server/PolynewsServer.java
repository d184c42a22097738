package org.polynews.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.polynews.Polynews;
import org.polynews.analyze.PlaceCoordinates;
import org.polynews.server.api.ArticlesApi;
import org.polynews.server.api.CompareApi;
import org.polynews.server.api.EventsApi;
import org.polynews.server.api.HealthApi;
import org.polynews.server.api.SearchApi;
import org.polynews.server.api.StoryIndex;
import org.polynews.server.api.StorylinesApi;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * {@code polynews serve}: the JSON API, {@code /metrics}, {@code /openapi.json} and the web page over one
 * open store. Every answer that is not a success is JSON naming the problem; unexpected failures are
 * logged to {@code log} and answered 500 without internals.
 */
public final class PolynewsServer implements AutoCloseable {
    /** Longest a connection may stay silent, in either direction, before it is closed. */
    static final long IDLE_SECONDS = 30;
    /** Slowest a request body may arrive: a client that trickles an upload a byte at a time is cut off. */
    static final long MIN_BYTES_PER_SECOND = 4096;
    /** Open connections at most, all clients together: each costs a socket and a little memory, never a thread. */
    static final int MAX_CONNECTIONS = 1024;
    /** Longest request line and headers: a search of the longest query allowed fits many times over. */
    static final int REQUEST_HEADER_BYTES = 64 * 1024;
    /** Threads Jetty itself needs besides those that answer requests (acceptor, selector, reserve). */
    private static final int JETTY_THREADS = 6;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final ServerSettings settings;
    /** This run of the server: another server started later on the same port has another. */
    private final String instance = UUID.randomUUID().toString();
    private final ObjectMapper json;
    private final Router router = new Router();
    private final ServerMetrics metrics;
    private final PrintStream log;
    private final Server http;
    private final ServerConnector connector;

    public PolynewsServer(Polynews polynews, ServerSettings settings, PrintStream log) {
        this.settings = settings;
        this.json = Polynews.outputMapper();
        this.log = log;
        this.metrics = new ServerMetrics(polynews::size);
        StoryIndex stories = new StoryIndex(polynews);
        StaticResources files = new StaticResources();
        new ArticlesApi(polynews, stories, metrics).register(router);
        new EventsApi(polynews, stories, PlaceCoordinates.bundled()).register(router);
        new StorylinesApi(polynews, stories).register(router);
        new SearchApi(polynews).register(router);
        new CompareApi(polynews).register(router);
        new HealthApi(polynews, instance).register(router);
        router.get("/metrics", r -> Reply.bytes(ServerMetrics.CONTENT_TYPE, metrics.scrape()));
        router.get("/openapi.json", r -> files.serve("openapi.json"));
        router.get("/", r -> files.serve("index.html"));
        router.get("/{file}", r -> files.serve(r.path("file")));
        QueuedThreadPool threads = new QueuedThreadPool(settings.threads() + JETTY_THREADS, Math.min(8, settings.threads() + JETTY_THREADS));
        threads.setName("polynews-http");
        threads.setDaemon(true);
        http = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
        config.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        // Jetty reads headers without a thread: a client that sends them a byte a second holds a socket, not a handler
        connector = new ServerConnector(http, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_SECONDS * 1000);
        connector.setAcceptQueueSize(64);
        http.addConnector(connector);
        http.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, http));
        connector.addBean(new ConnectionsPerClient(settings.connectionsPerClient()));
        http.setStopTimeout(2000);
        http.setErrorHandler(new JsonErrors());
        http.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, Response response, Callback callback) {
                answer(request, response, callback);
                return true;
            }
        });
    }

    /** Jetty's own refusals (a malformed request line or URI, headers too large) as JSON, like every other error. */
    private final class JsonErrors extends ErrorHandler {
        @Override
        protected void generateResponse(org.eclipse.jetty.server.Request request, Response response, int code, String message,
                                        Throwable cause, Callback callback) {
            send(response, error(code, code == 400 ? "bad request" + (message == null || message.isBlank() ? "" : ": " + message) : message), callback);
        }
    }

    public PolynewsServer start() {
        try {
            http.start();
        } catch (Exception e) {
            throw new UncheckedIOException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(),
                    e instanceof java.io.IOException io ? io : new java.io.IOException(e));
        }
        return this;
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:8080/}. */
    /** This run's id, as {@code GET /api/health} gives it. */
    public String instance() {
        return instance;
    }

    public URI uri() {
        InetSocketAddress address = new InetSocketAddress(settings.host(), connector.getLocalPort());
        String host = address.getAddress() == null || address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Stops accepting requests and lets those under way finish (up to two seconds). */
    @Override
    public void close() {
        try {
            http.stop();
        } catch (TimeoutException e) {
            // requests still under way after two seconds were cut off: what stopping means
        } catch (Exception e) {
            log.println("polynews serve: stopping: " + e);
        }
    }

    /**
     * Checks where a request may go, then answers it. A write's body is read first without holding a thread (a client
     * that announces more than it sends waits on its own socket, cut off after {@link #IDLE_SECONDS}), and the
     * handler runs on a pool thread once the body is whole.
     */
    private void answer(org.eclipse.jetty.server.Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Router.Match match;
        try {
            checkHost(request);
            match = router.match(request.getMethod(), request.getHttpURI().getDecodedPath());
        } catch (HttpProblem e) {
            finish(request, response, callback, "unmatched", error(e.status(), e.getMessage()), start);
            return;
        }
        if (!match.route().write()) {
            respond(request, response, callback, match, new byte[0], start);
            return;
        }
        try {
            checkOrigin(request);
            checkToken(request, response);
            checkLength(request);
        } catch (HttpProblem e) {
            // the body stays unread, so the connection cannot carry another request: say so, or a client reuses it and
            // finds it closed
            response.getHeaders().put("Connection", "close");
            finish(request, response, callback, match.route().template(), error(e.status(), e.getMessage()), start);
            return;
        }
        Content.Source.asByteArrayAsync(request, (int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1))
                .whenComplete((body, failure) -> http.getThreadPool().execute(() -> {
                    if (failure == null && body.length <= settings.maxBodyBytes()) {
                        respond(request, response, callback, match, body, start);
                    } else {
                        finish(request, response, callback, match.route().template(), bodyProblem(failure), start);
                    }
                }));
    }

    private void respond(org.eclipse.jetty.server.Request request, Response response, Callback callback, Router.Match match, byte[] body,
                         long start) {
        Reply reply;
        try {
            reply = match.route().handler().handle(new Request(request, match.parameters(), body));
        } catch (HttpProblem e) {
            reply = error(e.status(), e.getMessage());
        } catch (IllegalArgumentException e) {
            reply = error(400, e.getMessage());
        } catch (Exception | StackOverflowError e) {
            log.println("polynews serve: " + request.getMethod() + " " + request.getHttpURI() + " failed: " + e);
            reply = error(500, "internal error; the server log has the details");
        }
        finish(request, response, callback, match.route().template(), reply, start);
    }

    private void finish(org.eclipse.jetty.server.Request request, Response response, Callback callback, String route, Reply reply, long start) {
        send(response, reply, callback);
        metrics.request(request.getMethod(), route, reply.status(), (System.nanoTime() - start) / 1e9);
    }

    /** A body announced larger than the limit is refused before a byte of it is read. */
    private void checkLength(org.eclipse.jetty.server.Request request) {
        String length = request.getHeaders().get("Content-Length");
        if (length == null) {
            return;
        }
        try {
            if (Long.parseLong(length.strip()) > settings.maxBodyBytes()) {
                throw tooLarge();
            }
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Content-Length is not a number: " + length);
        }
    }

    /** Why a body could not be had: too large (413), too slow (408), cut short (400). */
    private Reply bodyProblem(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        // Jetty says "Max size exceeded" with an IllegalStateException
        if (cause == null || cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("Max size")) {
            HttpProblem tooLarge = tooLarge();
            return error(tooLarge.status(), tooLarge.getMessage());
        }
        if (cause instanceof TimeoutException || cause.getCause() instanceof TimeoutException) {
            return error(408, "the request body came too slowly (less than " + MIN_BYTES_PER_SECOND + " bytes a second)");
        }
        return error(400, "the request body could not be read: it ended early or broke off");
    }

    private HttpProblem tooLarge() {
        return new HttpProblem(413, "request body larger than the limit of " + settings.maxBodyBytes() + " bytes (see serve --max-body)");
    }

    /**
     * On a loopback address only this machine's names are served: a page elsewhere that makes its own name resolve to
     * 127.0.0.1 (DNS rebinding) would otherwise read and write as if it were the user's own page.
     */
    private static void checkHost(org.eclipse.jetty.server.Request request) {
        if (!(request.getConnectionMetaData().getLocalSocketAddress() instanceof InetSocketAddress local)
                || !local.getAddress().isLoopbackAddress()) {
            return; // served to the network under names this server cannot know; writes then need the token
        }
        String host = hostName(request.getHeaders().get("Host"));
        if (host != null && !LOOPBACK_NAMES.contains(host)) {
            throw new HttpProblem(403, "this server answers to localhost and 127.0.0.1 only, not to " + host);
        }
    }

    /**
     * Writes come from this server's own page or from clients that are not browsers: a browser says where a request
     * comes from (Origin, else Referer), and a page of another site must not add articles to the user's store.
     */
    private static void checkOrigin(org.eclipse.jetty.server.Request request) {
        String origin = request.getHeaders().get("Origin");
        String from = origin != null ? origin : request.getHeaders().get("Referer");
        if (from == null) {
            return;
        }
        String host = request.getHeaders().get("Host");
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

    private void checkToken(org.eclipse.jetty.server.Request request, Response response) {
        if (settings.token() == null) {
            return;
        }
        String given = request.getHeaders().get("Authorization");
        String expected = "Bearer " + settings.token();
        if (given == null || !MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            response.getHeaders().put("WWW-Authenticate", "Bearer realm=\"polynews\"");
            throw new HttpProblem(401, given == null
                    ? "this server needs a token for writes: send the header 'Authorization: Bearer TOKEN'"
                    : "the token is wrong");
        }
    }

    /** The body of every error reply. */
    record Failure(int status, String error) {
    }

    private static Reply error(int status, String message) {
        return Reply.json(status, new Failure(status, message == null ? "bad request" : message));
    }

    private void send(Response response, Reply reply, Callback callback) {
        byte[] body;
        try {
            body = reply.json() != null ? json.writeValueAsBytes(reply.json()) : reply.body();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        response.setStatus(reply.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("Content-Type", reply.contentType());
        headers.put("X-Content-Type-Options", "nosniff");
        // the page and its data are never shown inside another site's frame, and load nothing from elsewhere
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Cache-Control", "no-store");
        headers.put("Content-Length", body.length);
        response.write(true, ByteBuffer.wrap(body), callback); // Jetty sends no body to a HEAD request
    }
}
