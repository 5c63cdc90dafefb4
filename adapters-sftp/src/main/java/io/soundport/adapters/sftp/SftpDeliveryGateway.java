package io.soundport.adapters.sftp;

import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.SftpAccess;
import io.soundport.domain.distribution.SftpLocation;
import io.soundport.domain.shared.DomainException;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers to SFTP partners: logs in to {@code sftp://host[:port]/folder} ({@link SftpLocation}) as the partner's
 * user, with a password or a private key ({@link SftpAccess}), only when the server shows the host key the partner
 * pinned, and writes the package as a DDEX batch: {@code <folder>/<batch id>/<release folder>/} with the media under
 * {@code resources/} first, then the message, the manifest, and last the empty {@code BatchComplete_<batch id>.xml}
 * in the batch folder.
 *
 * <p>Each file goes to {@code .<name>.part} beside its final name and is renamed over it once whole, so that the
 * partner never reads half a file; media are streamed from their store in chunks, never held whole in memory. A
 * retry resumes: a file already there at its full size is not sent again (the same message id has the same bytes),
 * and a {@code .part} left by a dropped connection is continued from its size. The manifest and the marker are always
 * written again, last. The host is resolved through the SSRF guard's rules ({@link Addresses})
 * and the connection made to the address it allowed, so a name cannot be re-pointed at an internal address between
 * the check and the connection. The partner's failures (unreachable, refused login, another host key, a dropped
 * connection) come back as a failed result naming the reason, never a secret.
 */
public final class SftpDeliveryGateway implements DeliveryGateway, AutoCloseable {
    /** Bytes per SFTP write request: below the 32 KB every server must accept. */
    private static final int CHUNK = 32 * 1024;
    private static final AttributeRepository.AttributeKey<Pin> PIN = new AttributeRepository.AttributeKey<>();

    /** The addresses a host may be reached at, as the SSRF guard allows them. */
    @FunctionalInterface
    public interface Addresses {
        /** The permitted addresses of {@code host}; an UnknownHostException when there is none. */
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** The host key a connection must show, and the one it showed. */
    private record Pin(String expected, AtomicReference<String> seen) {
    }

    private final Addresses addresses;
    private final Duration timeout;
    private final SshClient client;

    /**
     * A gateway whose every step (connecting, logging in, each SFTP request) gives up after {@code timeout}; its SSH
     * client runs until {@link #close()}.
     */
    public SftpDeliveryGateway(Addresses addresses, Duration timeout) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, remote, key) -> {
            Pin pin = session.getConnectionContext() == null ? null
                    : session.getConnectionContext().getAttribute(PIN);
            String fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
            if (pin == null) {
                return false;
            }
            pin.seen().set(fingerprint);
            return pin.expected().equals(fingerprint);
        });
        CoreModuleProperties.NIO2_READ_TIMEOUT.set(client, timeout);
        CoreModuleProperties.AUTH_TIMEOUT.set(client, timeout);
        client.start();
    }

    @Override
    public boolean handles(Protocol protocol) {
        return protocol == Protocol.SFTP;
    }

    @Override
    public Result deliver(Partner partner, String credentials, DeliveryPackage delivery) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(delivery, "delivery");
        if (!handles(partner.protocol())) {
            return Result.failed("refused: partner " + partner.id() + " is " + partner.protocol() + ", not SFTP");
        }
        SftpLocation location;
        SftpAccess access;
        try {
            location = SftpLocation.parse(partner.endpoint());
            access = SftpAccess.parse(credentials);
        } catch (DomainException refused) {
            return Result.failed("refused: " + refused.getMessage());
        }
        String problem = delivery.problemAsDrop();
        if (problem != null) {
            return Result.failed("refused: " + problem);
        }
        InetAddress address;
        try {
            address = addresses.resolve(location.host()).get(0);
        } catch (UnknownHostException e) {
            return Result.failed("refused: host " + location.host() + " " + (e.getMessage() == null
                    ? "cannot be resolved" : e.getMessage()));
        }
        Pin pin = new Pin(access.hostKey(), new AtomicReference<>());
        try (ClientSession session = client.connect(access.user(), new InetSocketAddress(address, location.port()),
                AttributeRepository.ofKeyValuePair(PIN, pin), null).verify(timeout).getSession()) {
            logIn(session, access);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                String batch = folder(sftp, location.folder(), delivery.batchId());
                String release = folder(sftp, batch, delivery.releaseFolder());
                String resources = null;
                for (DeliveryPackage.PackageFile file : delivery.inWriteOrder()) {
                    if (file.isResource() && resources == null) {
                        resources = folder(sftp, release, DeliveryPackage.RESOURCES);
                    }
                    upload(sftp, file.isResource() ? resources : release, file, !file.path()
                            .equals(DeliveryPackage.MANIFEST));
                }
                upload(sftp, batch, DeliveryPackage.PackageFile.of(delivery.batchComplete(), new byte[0]), false);
                return Result.delivered(location + (location.folder().isEmpty() ? "" : "/")
                        + delivery.releasePath());
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return Result.failed(reason(e, pin, location));
        }
    }

    private void logIn(ClientSession session, SftpAccess access) throws IOException, GeneralSecurityException {
        if (access.password() != null) {
            session.addPasswordIdentity(access.password());
        } else {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName("partner key"),
                    new ByteArrayInputStream(access.privateKey().getBytes(StandardCharsets.UTF_8)),
                    access.passphrase() == null ? FilePasswordProvider.EMPTY
                            : FilePasswordProvider.of(access.passphrase()));
            if (keys == null || !keys.iterator().hasNext()) {
                throw new GeneralSecurityException("the private key cannot be read");
            }
            keys.forEach(session::addPublicKeyIdentity);
        }
        session.auth().verify(timeout);
    }

    /** {@code <parent>/<name>}, made when missing, one segment at a time. */
    private static String folder(SftpClient sftp, String parent, String name) throws IOException {
        String path = "";
        for (String segment : (parent.isEmpty() ? name : parent + "/" + name).split("/")) {
            path = path.isEmpty() ? segment : path + "/" + segment;
            if (stat(sftp, path) == null) {
                sftp.mkdir(path);
            }
        }
        return path;
    }

    /**
     * Puts the file into {@code folder} through its {@code .part}; with {@code resumable}, a file already there at
     * its size is left as it is and a {@code .part} is continued from where it stopped.
     */
    private static void upload(SftpClient sftp, String folder, DeliveryPackage.PackageFile file, boolean resumable)
            throws IOException {
        String target = folder + "/" + file.name();
        long size = file.size();
        if (resumable) {
            SftpClient.Attributes there = stat(sftp, target);
            if (there != null && there.getSize() == size) {
                return;
            }
        }
        String part = folder + "/." + file.name() + ".part";
        SftpClient.Attributes partial = resumable ? stat(sftp, part) : null;
        long from = partial != null && partial.getSize() <= size ? partial.getSize() : 0;
        EnumSet<SftpClient.OpenMode> mode = from > 0 ? EnumSet.of(SftpClient.OpenMode.Write)
                : EnumSet.of(SftpClient.OpenMode.Write, SftpClient.OpenMode.Create, SftpClient.OpenMode.Truncate);
        try (InputStream in = file.source().open();
             SftpClient.CloseableHandle handle = sftp.open(part, mode)) {
            in.skipNBytes(from);
            byte[] chunk = new byte[CHUNK];
            long at = from;
            int read;
            while ((read = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                sftp.write(handle, at, chunk, 0, read);
                at += read;
            }
            if (at != size) {
                throw new IOException(file.name() + " was " + at + " bytes where the package lists " + size);
            }
        }
        if (stat(sftp, target) != null) {
            sftp.remove(target);
        }
        sftp.rename(part, target);
    }

    /** The attributes of a path; null when there is nothing there. */
    private static SftpClient.Attributes stat(SftpClient sftp, String path) throws IOException {
        try {
            return sftp.stat(path);
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return null;
            }
            throw e;
        }
    }

    /** Why the attempt failed, for the delivery's record: never a password or a key. */
    private static String reason(Exception e, Pin pin, SftpLocation location) {
        String seen = pin.seen().get();
        if (seen != null && !seen.equals(pin.expected())) {
            return "refused: " + location.host() + " showed the host key " + seen + ", not the pinned "
                    + pin.expected() + " (nothing was sent)";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (e instanceof GeneralSecurityException) {
            return "refused: the private key cannot be used" + message;
        }
        return "SFTP to " + location.host() + ":" + location.port() + " failed: " + e.getClass().getSimpleName()
                + message;
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (RuntimeException e) {
            // closing on shutdown: nothing left to deliver
        }
    }
}
