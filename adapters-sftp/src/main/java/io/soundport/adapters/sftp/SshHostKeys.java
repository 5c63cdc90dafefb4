package io.soundport.adapters.sftp;

import io.soundport.domain.distribution.HostKeys;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.core.CoreModuleProperties;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the host key an SSH server shows, for SFTP partners saved without one (trust on first use): it connects to an
 * address the SSRF guard permits ({@link SftpDeliveryGateway.Addresses}), as the delivery gateway does, takes the key
 * the server presents in the key exchange, and refuses it, so that the connection ends there: no login is tried and
 * nothing is sent. The fingerprint is SHA-256 as {@code ssh-keygen -lf} prints it, the form the gateway checks.
 */
public final class SshHostKeys implements HostKeys, AutoCloseable {
    /** The user name the SSH handshake carries; never used to log in. */
    private static final String NO_LOGIN = "soundport";
    private static final AttributeRepository.AttributeKey<AtomicReference<String>> SEEN =
            new AttributeRepository.AttributeKey<>();

    private final SftpDeliveryGateway.Addresses addresses;
    private final Duration timeout;
    private final SshClient client;

    /** Reads that give up after {@code timeout} (connecting, and the key exchange); the client runs until closed. */
    public SshHostKeys(SftpDeliveryGateway.Addresses addresses, Duration timeout) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, remote, key) -> {
            AtomicReference<String> seen = session.getConnectionContext() == null ? null
                    : session.getConnectionContext().getAttribute(SEEN);
            if (seen != null) {
                seen.set(KeyUtils.getFingerPrint(BuiltinDigests.sha256, key));
            }
            return false;   // read, never trusted here: the connection stops before any login
        });
        CoreModuleProperties.NIO2_READ_TIMEOUT.set(client, timeout);
        CoreModuleProperties.AUTH_TIMEOUT.set(client, timeout);
        client.start();
    }

    @Override
    public Probe read(String host, int port) {
        InetAddress address;
        try {
            address = addresses.resolve(host).get(0);
        } catch (UnknownHostException e) {
            return new Unreadable("host " + host + " " + (e.getMessage() == null ? "cannot be resolved"
                    : e.getMessage()));
        }
        AtomicReference<String> seen = new AtomicReference<>();
        try (ClientSession session = client.connect(NO_LOGIN, new InetSocketAddress(address, port),
                AttributeRepository.ofKeyValuePair(SEEN, seen), null).verify(timeout).getSession()) {
            session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), timeout);
        } catch (IOException | RuntimeException e) {
            if (seen.get() == null) {
                return new Unreadable(e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                        : ": " + e.getMessage()));
            }
        }
        String fingerprint = seen.get();
        return fingerprint == null ? new Unreadable("the server showed no host key within " + timeout.toSeconds()
                + " s") : new Shown(fingerprint);
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (RuntimeException e) {
            // closing on shutdown: nothing left to read
        }
    }
}
