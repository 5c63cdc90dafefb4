package io.soundport.adapters.sftp;

import io.soundport.domain.distribution.DeliveryGateway;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.OrganizationId;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SftpDeliveryGateway} against Apache MINA SSHD's own SFTP server, in-process, on a folder of this test's:
 * password and key logins, the pinned host key, and a server that drops the connection in the middle of an upload.
 */
class SftpDeliveryGatewayTest {
    private static final OrganizationId ORG = OrganizationId.of("org_01JZZZZZZZZZZZZZZZZZZZZZZZ");

    @TempDir
    Path root;
    private SshServer server;
    private String hostKey;
    private KeyPair userKey;
    private final AtomicLong dropAfterBytes = new AtomicLong(Long.MAX_VALUE);
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final SftpDeliveryGateway gateway = new SftpDeliveryGateway(
            host -> List.of(InetAddress.getLoopbackAddress()), Duration.ofSeconds(10));

    @BeforeEach
    void startServer() throws Exception {
        userKey = KeyPairGenerator.getInstance("EC").generateKeyPair();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider();
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator((user, password, session) -> {
            logins.incrementAndGet();
            return user.equals("soundport") && password.equals("correct-password");
        });
        server.setPublickeyAuthenticator((user, key, session) -> user.equals("soundport")
                && KeyUtils.compareKeys(key, userKey.getPublic()));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            private final AtomicLong written = new AtomicLong();

            @Override
            public void written(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                                byte[] data, int dataOffset, int dataLen, Throwable thrown) throws IOException {
                bytesWritten.addAndGet(dataLen);
                if (written.addAndGet(dataLen) > dropAfterBytes.get()) {
                    dropAfterBytes.set(Long.MAX_VALUE);
                    written.set(0);
                    session.close(true);
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        PublicKey serverKey = keys.loadKeys(null).iterator().next().getPublic();
        hostKey = KeyUtils.getFingerPrint(BuiltinDigests.sha256, serverKey);
    }

    @AfterEach
    void stop() throws IOException {
        gateway.close();
        server.stop(true);
    }

    private Partner partner(String folder) {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        return new Partner(PartnerId.of("ptn_01JZZZZZZZZZZZZZZZZZZZZZZZ"), ORG, "Streamly", Protocol.SFTP,
                "sftp://sftp.streamly.example:" + server.getPort() + "/" + folder, null, true, "ciphertext", now, now,
                1);
    }

    private String password(String password, String pin) {
        return "{\"user\":\"soundport\",\"password\":\"" + password + "\",\"host_key\":\"" + pin + "\"}";
    }

    private static final String BATCH = "20261203100000000";
    private static final String UPC = "036000291452";
    private static final String MARKER = "BatchComplete_" + BATCH + ".xml";

    private static byte[] audio(int bytes) {
        byte[] audio = new byte[bytes];
        new Random(7).nextBytes(audio);
        return audio;
    }

    /** A package whose audio is streamed from its source, as media are from the blob store. */
    private static DeliveryPackage delivery(String messageId, int audioBytes) {
        byte[] audio = audio(audioBytes);
        return new DeliveryPackage(messageId, DeliveryKind.DELIVERY, BATCH, UPC, List.of(
                DeliveryPackage.PackageFile.of("release.xml", "<NewReleaseMessage/>".getBytes(StandardCharsets.UTF_8)),
                new DeliveryPackage.PackageFile("resources/audio.wav", audioBytes, () -> new ByteArrayInputStream(audio)),
                DeliveryPackage.PackageFile.of(DeliveryPackage.MANIFEST,
                        "{\"files\":[]}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void a_package_is_written_as_a_ddex_batch_with_a_password_and_nothing_is_left_half_written()
            throws IOException {
        DeliveryPackage delivery = delivery("msg_1", 100_000);

        DeliveryGateway.Result result = gateway.deliver(partner("inbox/soundport"),
                password("correct-password", hostKey), delivery);

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(result.partnerReference()).isEqualTo("sftp://sftp.streamly.example:" + server.getPort()
                + "/inbox/soundport/" + BATCH + "/" + UPC);
        Path batch = root.resolve("inbox/soundport/" + BATCH);
        Path folder = batch.resolve(UPC);
        try (var files = Files.walk(batch)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> batch.relativize(f).toString()))
                    .containsExactlyInAnyOrder(UPC + "/release.xml", UPC + "/resources/audio.wav",
                            UPC + "/manifest.json", MARKER);
        }
        assertThat(Files.readAllBytes(folder.resolve("resources/audio.wav"))).isEqualTo(audio(100_000));
        assertThat(batch.resolve(MARKER)).isEmptyFile();
        assertThat(Files.readString(folder.resolve("manifest.json"))).isEqualTo("{\"files\":[]}");
    }

    @Test
    void a_private_key_in_openssh_form_logs_in_as_well() throws Exception {
        ByteArrayOutputStream openSsh = new ByteArrayOutputStream();
        new OpenSSHKeyPairResourceWriter().writePrivateKey(userKey, "soundport@test", null, openSsh);
        String credentials = "{\"user\":\"soundport\",\"private_key\":\""
                + openSsh.toString(StandardCharsets.US_ASCII).replace("\n", "\\n") + "\",\"host_key\":\"" + hostKey
                + "\"}";

        DeliveryGateway.Result result = gateway.deliver(partner(""), credentials, delivery("msg_2", 10));

        assertThat(result.succeeded()).as(result.error()).isTrue();
        assertThat(root.resolve(BATCH + "/" + UPC + "/manifest.json")).exists();
        assertThat(root.resolve(BATCH + "/" + MARKER)).exists();
    }

    @Test
    void a_server_showing_another_host_key_is_sent_nothing_not_even_the_password() {
        String other = "SHA256:" + "A".repeat(43);

        DeliveryGateway.Result result = gateway.deliver(partner("in"), password("correct-password", other),
                delivery("msg_3", 10));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("showed the host key " + hostKey, "not the pinned " + other)
                .doesNotContain("correct-password");
        assertThat(logins).hasValue(0);
        assertThat(root.resolve("in")).doesNotExist();
    }

    @Test
    void a_wrong_password_and_an_unpermitted_host_fail_with_a_reason_and_no_secret() {
        DeliveryGateway.Result refused = gateway.deliver(partner("in"), password("wrong-password", hostKey),
                delivery("msg_4", 10));
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.error()).startsWith("SFTP to sftp.streamly.example:").doesNotContain("wrong-password");

        SftpDeliveryGateway guarded = new SftpDeliveryGateway(host -> {
            throw new UnknownHostException("resolves to no public address");
        }, Duration.ofSeconds(5));
        DeliveryGateway.Result blocked = guarded.deliver(partner("in"), password("correct-password", hostKey),
                delivery("msg_4", 10));
        guarded.close();
        assertThat(blocked.error()).isEqualTo("refused: host sftp.streamly.example resolves to no public address");
    }

    @Test
    void a_connection_dropped_in_the_middle_of_an_upload_fails_and_the_retry_resumes_where_it_stopped()
            throws IOException {
        DeliveryPackage delivery = delivery("msg_5", 1_000_000);
        dropAfterBytes.set(400_000);

        DeliveryGateway.Result dropped = gateway.deliver(partner("in"), password("correct-password", hostKey),
                delivery);

        assertThat(dropped.succeeded()).isFalse();
        Path folder = root.resolve("in/" + BATCH + "/" + UPC);
        assertThat(folder.resolve("manifest.json")).as("no manifest: the drop is visibly incomplete").doesNotExist();
        assertThat(root.resolve("in/" + BATCH + "/" + MARKER)).as("no marker: the batch is not complete")
                .doesNotExist();
        assertThat(folder.resolve("resources/audio.wav")).doesNotExist();
        long partial = Files.size(folder.resolve("resources/.audio.wav.part"));
        assertThat(partial).isBetween(1L, 999_999L);
        bytesWritten.set(0);

        DeliveryGateway.Result retried = gateway.deliver(partner("in"), password("correct-password", hostKey),
                delivery);

        assertThat(retried.succeeded()).as(retried.error()).isTrue();
        assertThat(Arrays.equals(Files.readAllBytes(folder.resolve("resources/audio.wav")), audio(1_000_000)))
                .isTrue();
        assertThat(folder.resolve("resources/.audio.wav.part")).doesNotExist();
        assertThat(folder.resolve("manifest.json")).exists();
        assertThat(root.resolve("in/" + BATCH + "/" + MARKER)).exists();
        assertThat(bytesWritten.get()).as("the rest of the audio, then the files written after it (in name order)")
                .isEqualTo(1_000_000 - partial + "<NewReleaseMessage/>".length() + "{\"files\":[]}".length());
    }
}
