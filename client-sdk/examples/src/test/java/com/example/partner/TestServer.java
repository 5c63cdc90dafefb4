package com.example.partner;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The real Soundport server, started once in this JVM for every test class, in memory on a free port. Its webhooks
 * may go to loopback (where the partner's receiver listens) and its workers poll often, so events arrive at once.
 */
final class TestServer {
    private static EmbeddedServer server;

    private TestServer() {
    }

    static synchronized String url() {
        if (server == null) {
            try {
                server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                        "soundport.persistence", "memory",
                        "micronaut.server.port", -1,
                        "soundport.jwt.secret", "sdk-examples-secret-sdk-examples-secret-0123456",
                        "soundport.security.bcrypt-cost", 10,
                        "soundport.data-dir", Files.createTempDirectory("soundport-examples").toString(),
                        "soundport.outbound.allowed-hosts", "127.0.0.1",
                        "soundport.workers.poll-interval", "50ms"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.getURL().toString();
    }
}
