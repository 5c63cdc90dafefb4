package io.soundport.adapters.sftp;

import io.soundport.domain.distribution.HostKeys;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SshHostKeys} against Apache MINA SSHD's server in-process, and against things that are not SSH servers. */
class SshHostKeysTest {
    private final AtomicInteger logins = new AtomicInteger();
    private final List<String> resolved = new ArrayList<>();
    private final SshHostKeys hostKeys = new SshHostKeys(host -> {
        resolved.add(host);
        if (host.equals("internal.example")) {
            throw new UnknownHostException("internal.example must not point to an internal address");
        }
        return List.of(InetAddress.getLoopbackAddress());
    }, Duration.ofSeconds(5));
    private SshServer server;
    private String hostKey;

    @BeforeEach
    void startServer() throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider();
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator((user, password, session) -> logins.incrementAndGet() < 0);
        server.setPublickeyAuthenticator((user, key, session) -> logins.incrementAndGet() < 0);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.start();
        hostKey = KeyUtils.getFingerPrint(BuiltinDigests.sha256, keys.loadKeys(null).iterator().next().getPublic());
    }

    @AfterEach
    void stop() throws IOException {
        hostKeys.close();
        server.stop(true);
    }

    @Test
    void reads_the_sha256_fingerprint_of_the_key_the_server_shows_without_logging_in() {
        HostKeys.Probe probe = hostKeys.read("sftp.streamly.example", server.getPort());

        assertThat(probe).isEqualTo(new HostKeys.Shown(hostKey));
        assertThat(hostKey).startsWith("SHA256:");
        assertThat(resolved).containsExactly("sftp.streamly.example");
        assertThat(logins).hasValue(0);
        assertThat(hostKeys.read("sftp.streamly.example", server.getPort())).isEqualTo(probe);
    }

    @Test
    void a_host_the_guard_refuses_is_never_connected_to() {
        HostKeys.Probe probe = hostKeys.read("internal.example", server.getPort());

        assertThat(probe).isInstanceOfSatisfying(HostKeys.Unreadable.class,
                u -> assertThat(u.reason()).contains("internal.example must not point to an internal address"));
    }

    @Test
    void a_port_where_nothing_listens_is_unreadable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        assertThat(hostKeys.read("sftp.streamly.example", closed)).isInstanceOf(HostKeys.Unreadable.class);
    }

    @Test
    void a_server_that_does_not_speak_ssh_is_unreadable() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket s = socket.accept(); OutputStream out = s.getOutputStream()) {
                    out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the test sees the outcome through the probe
                }
            });
            answer.start();

            assertThat(hostKeys.read("sftp.streamly.example", socket.getLocalPort()))
                    .isInstanceOf(HostKeys.Unreadable.class);
            answer.join(5000);
        }
    }
}
