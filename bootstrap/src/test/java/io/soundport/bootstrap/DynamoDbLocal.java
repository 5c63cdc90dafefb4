package io.soundport.bootstrap;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * DynamoDB Local from Maven Central, in memory, inside this JVM: one per test JVM on a free port for the tests of
 * the dynamodb target, or on a port of your choice from {@link #main} ({@code scripts/run-on-dynamodb-local.sh}).
 */
public final class DynamoDbLocal {
    private static String endpoint;
    private static DynamoDBProxyServer server;

    private DynamoDbLocal() {
    }

    public static synchronized String endpoint() {
        // a free port can be taken by another process (the suite runs in two JVMs) before this one binds it
        for (int attempt = 1; endpoint == null; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                endpoint = start(port);
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        return endpoint;
    }

    /** Runs DynamoDB Local in memory on the port given (8000 by default) until the process is stopped. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        System.out.println("DynamoDB Local (in memory) listening on " + start(port));
        server.join();
    }

    private static String start(int port) {
        try {
            server = ServerRunner.createServerFromCommandLineArgs(new String[]{"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
            server.start();
            return "http://localhost:" + port;
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
        }
    }
}
