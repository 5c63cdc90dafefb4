package io.soundport.contracts;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider that never answers, on a plain {@link ServerSocket} on loopback: it accepts each connection, reads the
 * request and closes the connection without a byte back, as a receiver that crashed or a proxy that gave up does. It
 * counts the connections it accepted, so that a test sees how often the adapter tried.
 */
public final class ClosingReceiver implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    public ClosingReceiver() throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread closer = new Thread(this::accept, "closing-receiver");
        closer.setDaemon(true);
        closer.start();
    }

    /** {@code http://127.0.0.1:<port>} and the path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** How many connections it accepted. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.incrementAndGet();
                socket.getInputStream().read(new byte[8192]);    // the request arrived; no answer
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
