package org.polynews.server;

/**
 * How the server listens and what it accepts.
 *
 * @param host         address to bind (127.0.0.1 keeps it on this machine)
 * @param port         port; 0 picks a free one
 * @param token        writes need {@code Authorization: Bearer TOKEN} when not null; reads stay open
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param threads      requests served at once
 */
public record ServerSettings(String host, int port, String token, long maxBodyBytes, int threads, int connectionsPerClient) {
    public static final long DEFAULT_MAX_BODY = 16L << 20;
    /**
     * Requests answered at once. A slow client holds no thread while it sends its request (Jetty reads headers and
     * bodies without one), so these are for answering: searches and reads wait on ingests and on each other.
     */
    public static final int DEFAULT_THREADS = 64;
    /**
     * Open connections at most from one address: a browser opens six, a crawler a few more. Behind a reverse proxy
     * every client has the proxy's address; raise it there (or let the proxy bound its clients).
     */
    public static final int DEFAULT_CONNECTIONS_PER_CLIENT = 32;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body size limit must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed");
        }
        if (connectionsPerClient < 1) {
            throw new IllegalArgumentException("each client needs at least one connection");
        }
        token = token == null || token.isBlank() ? null : token;
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, null, DEFAULT_MAX_BODY, DEFAULT_THREADS, DEFAULT_CONNECTIONS_PER_CLIENT);
    }

    public ServerSettings withToken(String newToken) {
        return new ServerSettings(host, port, newToken, maxBodyBytes, threads, connectionsPerClient);
    }

    public ServerSettings withMaxBody(long bytes) {
        return new ServerSettings(host, port, token, bytes, threads, connectionsPerClient);
    }
}
