package org.polynews.server;

import org.eclipse.jetty.io.Connection;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closes a client's connections beyond a limit as they open, so one address cannot take every connection the server
 * allows (stalled or not) from the others. Counts are kept only for addresses with connections open. Each connection's
 * address is remembered from its opening: a closed socket no longer tells its peer, and a count missed at each close
 * once shut every client out for good after its 32nd connection.
 */
final class ConnectionsPerClient implements Connection.Listener {
    private final int limit;
    private final ConcurrentMap<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    private final ConcurrentMap<Connection, InetAddress> clients = new ConcurrentHashMap<>();

    ConnectionsPerClient(int limit) {
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection);
        if (client == null) {
            return;
        }
        clients.put(connection, client);
        int now = open.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
        if (now > limit) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = clients.remove(connection);
        if (client == null) {
            return;
        }
        open.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    private static InetAddress client(Connection connection) {
        return connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress address ? address.getAddress() : null;
    }
}
