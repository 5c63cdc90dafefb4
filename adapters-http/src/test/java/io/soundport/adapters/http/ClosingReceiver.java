package io.soundport.adapters.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook receiver on plain JDK sockets, on loopback, that closes connections the way ordinary receivers do:
 * {@link #http10()} answers {@code HTTP/1.0 200} with a {@code Content-Length} and no {@code Connection} header and
 * closes after every answer (Python's {@code http.server}); {@link #connectionClose()} answers HTTP/1.1 with
 * {@code Connection: close} and closes; {@link #idleClosing()} speaks HTTP/1.1 keep-alive and
 * closes a connection that stays idle for 1 ms after an answer. It counts the messages it got by their id: the
 * {@code X-Soundport-Message-Id} header when there is one, else the {@code "id"} member of the body.
 */
final class ClosingReceiver implements AutoCloseable {
    private static final Pattern BODY_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final int IDLE_CLOSE_MS = 1;
    private static final int FIRST_REQUEST_WAIT_MS = 5_000;

    private final boolean keepAlive;
    private final int idleCloseMs;
    private final boolean connectionClose;
    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "closing-receiver");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();

    private ClosingReceiver(boolean keepAlive, int idleCloseMs) throws IOException {
        this(keepAlive, idleCloseMs, false);
    }

    private ClosingReceiver(boolean keepAlive, int idleCloseMs, boolean connectionClose) throws IOException {
        this.keepAlive = keepAlive;
        this.idleCloseMs = idleCloseMs;
        this.connectionClose = connectionClose;
        this.server = new ServerSocket(0, 200, InetAddress.getByName("127.0.0.1"));
        workers.execute(this::accept);
    }

    static ClosingReceiver http10() throws IOException {
        return new ClosingReceiver(false, 0);
    }

    static ClosingReceiver idleClosing() throws IOException {
        return new ClosingReceiver(true, IDLE_CLOSE_MS);
    }

    /** An HTTP/1.1 receiver that answers {@code Connection: close} and closes after every answer. */
    static ClosingReceiver connectionClose() throws IOException {
        return new ClosingReceiver(false, 0, true);
    }

    /** For comparison: an HTTP/1.1 receiver that keeps idle connections open for 5 s. */
    static ClosingReceiver keepingAlive() throws IOException {
        return new ClosingReceiver(true, FIRST_REQUEST_WAIT_MS);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** How many times each id arrived. */
    Map<String, AtomicInteger> received() {
        return received;
    }

    /** How many connections the receiver accepted. */
    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                workers.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            socket.setSoTimeout(FIRST_REQUEST_WAIT_MS);
            while (true) {
                int first;
                try {
                    first = in.read();
                } catch (SocketTimeoutException idle) {
                    return;
                }
                if (first < 0) {
                    return;
                }
                socket.setSoTimeout(FIRST_REQUEST_WAIT_MS);
                Map<String, String> headers = new ConcurrentHashMap<>();
                String head = readHead(first, in);
                for (String line : head.split("\r\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                    }
                }
                int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                String id = headers.get("x-soundport-message-id");
                if (id == null) {
                    Matcher m = BODY_ID.matcher(body);
                    id = m.find() ? m.group(1) : "?";
                }
                received.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.US_ASCII);
                String status = keepAlive || connectionClose ? "HTTP/1.1 200 OK" : "HTTP/1.0 200 OK";
                out.write((status + (connectionClose ? "\r\nConnection: close" : "")
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + answer.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(answer);
                out.flush();
                if (!keepAlive) {
                    return;
                }
                socket.setSoTimeout(idleCloseMs);
            }
        } catch (IOException | RuntimeException broken) {
            // the client went away; the counts say what arrived
        }
    }

    private static String readHead(int first, InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(first);
        int matched = first == '\r' ? 1 : 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("end of stream in the request head");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
