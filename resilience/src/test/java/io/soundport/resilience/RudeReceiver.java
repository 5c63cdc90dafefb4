package io.soundport.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider on a plain {@link ServerSocket} that never answers: {@link #closing()} reads the request and closes the
 * connection, {@link #hanging()} reads it and keeps the connection open without a byte back until closed itself.
 */
final class RudeReceiver implements AutoCloseable {
    private final ServerSocket server;
    private final boolean hang;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private RudeReceiver(boolean hang) throws IOException {
        this.hang = hang;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "rude-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static RudeReceiver closing() throws IOException {
        return new RudeReceiver(false);
    }

    static RudeReceiver hanging() throws IOException {
        return new RudeReceiver(true);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                InputStream in = socket.getInputStream();
                in.read(new byte[8192]);    // the request arrived
                if (hang) {
                    held.add(socket);
                } else {
                    socket.close();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}
