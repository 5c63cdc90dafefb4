package io.soundport.domain.distribution;

import java.util.Objects;

/**
 * The host keys SSH servers show: what an SFTP partner saved without a pinned {@code host_key} is pinned to (trust on
 * first use). Reading a key needs no login: the server shows it in the key exchange, before any authentication. The
 * host is reached only at an address the SSRF guard permits.
 */
public interface HostKeys {

    /** The key the server at {@code host:port} shows, or why it could not be read; never throws for the server's sake. */
    Probe read(String host, int port);

    /** What reading a server's host key came to. */
    sealed interface Probe {
    }

    /** The server showed a key: its SHA-256 fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:...}). */
    record Shown(String fingerprint) implements Probe {
        public Shown {
            if (!SftpAccess.isFingerprint(fingerprint)) {
                throw new IllegalArgumentException("not a SHA-256 host key fingerprint: " + fingerprint);
            }
        }
    }

    /** No key was read (unreachable, refused, not SSH, too slow, a host the guard refuses); the reason, for people. */
    record Unreadable(String reason) implements Probe {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** For a platform without SFTP: every key is unreadable, so every SFTP partner must be given its host key. */
    static HostKeys none() {
        return (host, port) -> new Unreadable("this platform reads no host keys");
    }
}
