package io.soundport.adapters.http;

import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.internal.connection.RealConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Makes a pooled connection the receiver has already closed cost nothing, without ever sending a POST twice.
 *
 * <p>OkHttp's own {@code retryOnConnectionFailure(true)} is not used: it also retries after the whole request was
 * written (any I/O error but a protocol error, a certificate failure or a timeout after sending, such as an
 * "unexpected end of stream" while waiting for the answer), and a receiver that had already acted on the message
 * would then get it twice. Instead:
 * <ul>
 *   <li>{@link #network()} checks a reused HTTP/1.x connection before a single byte of the request is written: if
 *   the receiver has closed it (end of stream or a reset on a short read: 20 ms the first time a receiver's
 *   connection is reused, 1 ms once it proved to keep idle connections), the exchange fails with
 *   {@link StaleConnectionException} and OkHttp closes that connection.</li>
 *   <li>A connection an answer ends (HTTP/1.0 without {@code Connection: keep-alive}, or {@code Connection: close})
 *   is marked before its body is read so that the pool never hands it out again (OkHttp honours
 *   {@code Connection: close} itself, but pools an HTTP/1.0 connection like any other). A receiver
 *   found closing a pooled connection is treated the same way for {@link #REMEMBER_RECEIVER}: its idle timeout is
 *   shorter than the pool's keep-alive, and a request written just as it closes could not be resent.</li>
 *   <li>{@link #application()} sends the request again, on another connection, only after a
 *   {@link StaleConnectionException}: nothing of the first attempt reached the receiver, so it is not a second
 *   delivery. Every other failure is the caller's to retry on its own schedule.</li>
 * </ul>
 * HTTP/2 connections are left alone: their streams are not stale in this way and the socket is shared.
 */
final class FreshConnectionRetry {
    /**
     * Each stale attempt takes one dead connection out of the pool; twice what the pool keeps idle reaches a fresh
     * one even when other calls hand dead ones back meanwhile (the call timeout bounds it all anyway).
     */
    static final int MAX_STALE_ATTEMPTS = 2 * GuardedClients.MAX_IDLE_CONNECTIONS;
    private static final int STALE_CHECK_TIMEOUT_MS = 1;
    /**
     * The first reuse of a connection to a receiver waits longer for its close: a receiver that closes idle
     * connections within a few ms is then found out once and for all, instead of racing later requests.
     */
    private static final int FIRST_STALE_CHECK_TIMEOUT_MS = 20;

    /** How long what was learnt about a receiver's idle connections holds. */
    static final Duration REMEMBER_RECEIVER = Duration.ofMinutes(10);
    private static final int MAX_REMEMBERED_RECEIVERS = 1024;

    /** Connections that have carried an exchange already: only those can have gone stale in the pool. */
    private final Set<Connection> used = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** Connections an answer ended: never used again, whatever the pool thinks. */
    private final Set<Connection> ended = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * Receivers (address and port) seen closing a pooled connection: their idle timeout is shorter than the pool's
     * keep-alive, so reusing their connections races their close (a request written just as the receiver closes
     * fails after it was sent, and cannot be resent). Their connections are not pooled for a while.
     */
    private final Remembered closingReceivers = new Remembered();

    /** Receivers whose pooled connection survived the first, longer check: later checks wait only 1 ms. */
    private final Remembered keepingReceivers = new Remembered();

    /** Thrown before any byte of the request was written, on a reused connection the receiver had closed. */
    static final class StaleConnectionException extends IOException {
        StaleConnectionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Interceptor application() {
        return chain -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return chain.proceed(chain.request());
                } catch (StaleConnectionException stale) {
                    if (attempt >= MAX_STALE_ATTEMPTS || chain.call().isCanceled()) {
                        throw stale;
                    }
                }
            }
        };
    }

    Interceptor network() {
        return chain -> {
            Connection connection = chain.connection();
            if (connection == null || !isHttp1(connection.protocol())) {
                return chain.proceed(chain.request());
            }
            Socket socket = connection.socket();
            InetSocketAddress receiver = connection.route().socketAddress();
            if (ended.contains(connection)) {
                closeQuietly(socket);
                throw new StaleConnectionException("the previous answer on this connection ended it", null);
            }
            boolean reused = !used.add(connection);
            if (reused) {
                boolean known = keepingReceivers.contains(receiver);
                try {
                    checkNotClosedByPeer(socket, known ? STALE_CHECK_TIMEOUT_MS : FIRST_STALE_CHECK_TIMEOUT_MS);
                } catch (StaleConnectionException stale) {
                    keepingReceivers.remove(receiver);
                    closingReceivers.add(receiver);
                    throw stale;
                }
                if (!known) {
                    keepingReceivers.add(receiver);
                }
            }
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (IOException failed) {
                if (reused && !(failed instanceof InterruptedIOException)) {
                    // the receiver closed it as the request went out: the race the checks make rare
                    keepingReceivers.remove(receiver);
                    closingReceivers.add(receiver);
                }
                throw failed;
            }
            if (endsConnection(response) || closingReceivers.contains(receiver)) {
                // before the body is read: OkHttp pools the connection as soon as the body's last byte is in
                noNewExchanges(connection);
            }
            return response;
        };
    }

    private static boolean isHttp1(Protocol protocol) {
        return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
    }

    /**
     * An idle HTTP/1.x connection has nothing to read; end of stream or an error means the receiver closed it. A
     * byte would be a broken connection too (a late answer, or a 408 before closing). Waits at most {@code waitMs}.
     */
    private static void checkNotClosedByPeer(Socket socket, int waitMs) throws IOException {
        int read;
        try {
            int timeout = socket.getSoTimeout();
            socket.setSoTimeout(waitMs);
            InputStream in = socket.getInputStream();
            try {
                read = in.read();
            } catch (SocketTimeoutException healthy) {
                socket.setSoTimeout(timeout);
                return;
            }
        } catch (IOException broken) {
            closeQuietly(socket);
            throw new StaleConnectionException("the pooled connection is broken: " + broken.getMessage(), broken);
        }
        closeQuietly(socket);
        throw new StaleConnectionException(read < 0
                ? "the receiver had closed the pooled connection"
                : "the receiver sent data on an idle pooled connection", null);
    }

    /** HTTP/1.0 is not persistent without {@code Connection: keep-alive}; {@code Connection: close} never is. */
    static boolean endsConnection(Response response) {
        String connection = response.header("Connection");
        if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
            return true;
        }
        return response.protocol() == Protocol.HTTP_1_0
                && (connection == null || !connection.toLowerCase(Locale.ROOT).contains("keep-alive"));
    }

    /**
     * Keeps the pool from handing the connection out again, as OkHttp itself does after {@code Connection: close}:
     * it closes the connection once this exchange is done. Closing the socket ourselves would race the pool (the
     * connection is pooled when the body's last byte is read, before the body is closed); the {@link #ended} mark
     * stays as the safety net should the connection not be OkHttp's own.
     */
    private void noNewExchanges(Connection connection) {
        ended.add(connection);
        if (connection instanceof RealConnection real) {
            synchronized (real) {
                real.setNoNewExchanges(true);
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that was wanted
        }
    }

    /** A bounded set of receivers, each forgotten {@link #REMEMBER_RECEIVER} after it was added. */
    private static final class Remembered {
        private final Map<InetSocketAddress, Long> since = Collections.synchronizedMap(
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<InetSocketAddress, Long> eldest) {
                        return size() > MAX_REMEMBERED_RECEIVERS;
                    }
                });

        void add(InetSocketAddress receiver) {
            since.put(receiver, System.nanoTime());
        }

        void remove(InetSocketAddress receiver) {
            since.remove(receiver);
        }

        boolean contains(InetSocketAddress receiver) {
            Long added = since.get(receiver);
            if (added == null) {
                return false;
            }
            if (System.nanoTime() - added > REMEMBER_RECEIVER.toNanos()) {
                since.remove(receiver);
                return false;
            }
            return true;
        }
    }
}
