package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SFTP partners end to end, against Apache MINA SSHD's SFTP server in this JVM on loopback (allowed here by
 * {@code soundport.outbound.allowed-hosts}, as an operator would allow a partner on a private network).
 */
@RestTest.ServerProperties("soundport.outbound.allowed-hosts=127.0.0.1")
class SftpPartnerDeliveryTest extends RestTest {
    private static final String PASSWORD = "drop-box-password-7f3a";
    private static SshServer server;
    private static Path root;
    private static String hostKey;

    @BeforeAll
    static void startSftpServer() throws IOException {
        root = Files.createTempDirectory("sftp-partner");
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider();
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator((user, password, session) -> user.equals("soundport")
                && password.equals(PASSWORD));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        hostKey = KeyUtils.getFingerPrint(BuiltinDigests.sha256, keys.loadKeys(null).iterator().next().getPublic());
    }

    @AfterAll
    static void stopSftpServer() throws IOException {
        server.stop(true);
    }

    /** The login as the API takes it, a JSON object; without {@code host_key} when {@code pin} is null. */
    private static Map<String, Object> credentials(String pin) {
        Map<String, Object> login = obj("user", "soundport", "password", PASSWORD);
        if (pin != null) {
            login.put("host_key", pin);
        }
        return login;
    }

    /** A port on loopback where nothing listens. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String endpoint(String folder) {
        return "sftp://127.0.0.1:" + server.getPort() + "/" + folder;
    }

    private static String deliver(Account owner, String partner) {
        String release = submittedDeliverableRelease(owner);
        return owner.api().post("/releases/" + release + "/deliveries", obj("partner_ids", List.of(partner)))
                .expect(201).json().path("data").get(0).path("id").asText();
    }

    @Test
    void an_sftp_partner_receives_the_release_as_a_ddex_batch_with_its_media_and_the_delivery_is_delivered()
            throws IOException {
        Account owner = register();
        String folder = "inbox/" + owner.organizationId().toLowerCase().replaceAll("[^a-z0-9]", "");
        Api.Response created = owner.api().post("/partners", obj("name", "Droply", "protocol", "SFTP",
                "endpoint", endpoint(folder) + "/", "credentials", credentials(hostKey), "dpid", "PADPIDA2011072101T"))
                .expect(201);
        assertThat(created.body()).doesNotContain(PASSWORD);
        assertThat(created.text("endpoint")).isEqualTo(endpoint(folder));

        String delivery = deliver(owner, created.id());

        JsonNode done = await(() -> owner.api().get("/deliveries/" + delivery).expect(200).json(),
                d -> !d.path("status").asText().matches("QUEUED|IN_PROGRESS"));
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DELIVERED");
        String reference = done.path("partner_reference").asText();
        String batch = DeliveredBatch.batchOf(reference);
        assertThat(reference).isEqualTo(endpoint(folder) + "/" + batch + "/" + DeliveredBatch.UPC);
        DeliveredBatch.assertComplete(DeliveredBatch.onDisk(root.resolve(folder).resolve(batch)), batch, delivery, 1);
    }

    @Test
    void a_server_that_shows_another_host_key_gets_nothing_and_the_attempt_says_why() {
        Account owner = register();
        String other = "SHA256:" + "B".repeat(43);
        String partner = owner.api().post("/partners", obj("name", "Spoofed", "protocol", "SFTP",
                "endpoint", endpoint("spoofed"), "credentials", credentials(other), "dpid", "PADPIDA2011072101T"))
                .expect(201).id();

        String delivery = deliver(owner, partner);

        JsonNode failed = await(() -> owner.api().get("/deliveries/" + delivery).expect(200).json(),
                d -> d.path("attempts").size() > 0);
        assertThat(failed.path("status").asText()).isEqualTo("RETRYING");
        assertThat(failed.path("attempts").get(0).path("error").asText())
                .contains("showed the host key " + hostKey, "not the pinned " + other);
        assertThat(failed.toString()).doesNotContain(PASSWORD);
        assertThat(root.resolve("spoofed")).doesNotExist();
    }

    @Test
    void a_partner_saved_without_a_host_key_is_pinned_to_the_key_its_server_shows_and_delivered_to() {
        Account owner = register();
        String folder = "tofu" + owner.organizationId().toLowerCase().replaceAll("[^a-z0-9]", "");
        // with an Idempotency-Key, as the SDK sends: the key is read before the request's unit of work
        Api keyed = owner.api().with("Idempotency-Key", "tofu-" + folder);
        Map<String, Object> partner = obj("name", "Droply", "protocol", "SFTP", "endpoint", endpoint(folder),
                "credentials", credentials(null), "dpid", "PADPIDA2011072101T");
        Api.Response created = keyed.post("/partners", partner).expect(201);
        Api.Response replayed = keyed.post("/partners", partner).expect(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.id()).isEqualTo(created.id());
        assertThat(created.body()).doesNotContain(PASSWORD);
        assertThat(created.json().path("has_credentials").asBoolean()).isTrue();
        assertThat(created.text("host_key")).as("the key the server showed, pinned and shown").isEqualTo(hostKey);
        assertThat(owner.api().get("/partners/" + created.id()).expect(200).text("host_key")).isEqualTo(hostKey);

        String delivery = deliver(owner, created.id());

        JsonNode done = await(() -> owner.api().get("/deliveries/" + delivery).expect(200).json(),
                d -> !d.path("status").asText().matches("QUEUED|IN_PROGRESS"));
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DELIVERED");
        String batch = DeliveredBatch.batchOf(done.path("partner_reference").asText());
        DeliveredBatch.assertComplete(DeliveredBatch.onDisk(root.resolve(folder).resolve(batch)), batch, delivery, 1);
    }

    @Test
    void new_credentials_without_a_host_key_on_the_same_server_keep_the_pinned_key() {
        Account owner = register();
        String other = "SHA256:" + "C".repeat(43);
        String partner = owner.api().post("/partners", obj("name", "Pinned", "protocol", "SFTP",
                "endpoint", endpoint("pinned"), "credentials", credentials(other), "dpid", "PADPIDA2011072101T"))
                .expect(201).id();

        Api.Response changed = owner.api().patch("/partners/" + partner, obj("credentials", credentials(null)))
                .expect(200);
        assertThat(changed.text("host_key")).isEqualTo(other);
        assertThat(changed.body()).doesNotContain(PASSWORD);

        String delivery = deliver(owner, partner);
        JsonNode failed = await(() -> owner.api().get("/deliveries/" + delivery).expect(200).json(),
                d -> d.path("attempts").size() > 0);
        assertThat(failed.path("attempts").get(0).path("error").asText())
                .as("the key pinned first, not the one the server shows now").contains("not the pinned " + other);
        assertThat(root.resolve("pinned")).doesNotExist();
    }

    @Test
    void a_server_whose_key_cannot_be_read_refuses_a_partner_without_a_host_key_and_nothing_is_stored()
            throws IOException {
        Account owner = register();
        Api.Response unreachable = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                "sftp://127.0.0.1:" + closedPort() + "/in", "credentials", credentials(null)));

        JsonNode error = unreachable.error(400, "VALIDATION_ERROR");
        assertThat(unreachable.errorFields()).containsExactly("credentials.host_key");
        assertThat(error.path("message").asText()).contains("could not read the host key of 127.0.0.1:",
                "give credentials.host_key");
        assertThat(unreachable.body()).doesNotContain(PASSWORD);
        assertThat(owner.api().get("/partners").expect(200).json().path("data")).isEmpty();
    }

    @Test
    void an_sftp_partner_needs_a_plain_sftp_endpoint_on_a_permitted_host_and_a_well_formed_login() {
        Account owner = register();
        Api.Response none = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                "sftp://soundport@127.0.0.1/in"));
        none.error(400, "VALIDATION_ERROR");
        assertThat(none.errorFields()).containsExactlyInAnyOrder("endpoint", "credentials");

        Api.Response badPin = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                endpoint("in"), "credentials", credentials("MD5:aa:bb")));
        JsonNode error = badPin.error(400, "VALIDATION_ERROR");
        assertThat(badPin.errorFields()).containsExactly("credentials.host_key");
        assertThat(error.path("message").asText()).contains("'host_key'");
        assertThat(badPin.body()).doesNotContain(PASSWORD);

        Api.Response numeric = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                endpoint("in"), "credentials", obj("user", "soundport", "password", 12345)));
        numeric.error(400, "VALIDATION_ERROR");
        assertThat(numeric.errorFields()).containsExactly("credentials.password");
        assertThat(numeric.body()).doesNotContain("12345");

        Api.Response notAnObject = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                endpoint("in"), "credentials", List.of("soundport", PASSWORD)));
        notAnObject.error(400, "VALIDATION_ERROR");
        assertThat(notAnObject.errorFields()).containsExactly("credentials");
        assertThat(notAnObject.body()).doesNotContain(PASSWORD);

        Api.Response internal = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                "sftp://10.0.0.5/in", "credentials", credentials(hostKey)));
        internal.error(400, "VALIDATION_ERROR");
        assertThat(internal.errorFields()).containsExactly("endpoint");
        assertThat(owner.api().get("/partners").expect(200).json().path("data")).isEmpty();
    }
}
