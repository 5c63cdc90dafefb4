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
import java.nio.file.Path;
import java.util.List;

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

    private static String credentials(String pin) {
        return "{\"user\":\"soundport\",\"password\":\"" + PASSWORD + "\",\"host_key\":\"" + pin + "\"}";
    }

    private static String endpoint(String folder) {
        return "sftp://127.0.0.1:" + server.getPort() + "/" + folder;
    }

    private static String submittedRelease(Account owner) {
        String release = owner.api().post("/releases", obj("title", "Night Drive", "artist_name", "The Midnight",
                "upc", "036000291452", "release_date", "2027-02-05", "territories", List.of("US", "GB"),
                "tracks", List.of(obj("title", "Sunset", "isrc", "US-RC1-76-07839", "duration_ms", 215000)))).expect(201)
                .id();
        ddexReady(owner);
        deliveryReady(owner, release);
        owner.api().post("/releases/" + release + "/submit", null).expect(200);
        return release;
    }

    private static String deliver(Account owner, String partner) {
        String release = submittedRelease(owner);
        return owner.api().post("/releases/" + release + "/deliveries", obj("partner_ids", List.of(partner)))
                .expect(201).json().path("data").get(0).path("id").asText();
    }

    @Test
    void an_sftp_partner_receives_the_ern_message_and_the_manifest_in_its_folder_and_the_delivery_is_delivered()
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
        assertThat(done.path("partner_reference").asText()).isEqualTo(endpoint(folder) + "/" + delivery);
        Path drop = root.resolve(folder).resolve(delivery);
        try (var files = Files.list(drop)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(delivery + ".xml", "manifest.json");
        }
        assertThat(Files.readString(drop.resolve(delivery + ".xml"))).contains("NewReleaseMessage", "036000291452");
        assertThat(Files.readString(drop.resolve("manifest.json"))).contains(delivery + ".xml");
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
    void an_sftp_partner_needs_a_plain_sftp_endpoint_on_a_permitted_host_and_a_login_with_a_pinned_host_key() {
        Account owner = register();
        Api.Response none = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                "sftp://soundport@127.0.0.1/in"));
        none.error(400, "VALIDATION_ERROR");
        assertThat(none.errorFields()).containsExactlyInAnyOrder("endpoint", "credentials");

        Api.Response unpinned = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                endpoint("in"), "credentials", "{\"user\":\"soundport\",\"password\":\"" + PASSWORD + "\"}"));
        JsonNode error = unpinned.error(400, "VALIDATION_ERROR");
        assertThat(unpinned.errorFields()).containsExactly("credentials");
        assertThat(error.path("message").asText()).contains("'host_key'");
        assertThat(unpinned.body()).doesNotContain(PASSWORD);

        Api.Response internal = owner.api().post("/partners", obj("name", "S", "protocol", "SFTP", "endpoint",
                "sftp://10.0.0.5/in", "credentials", credentials(hostKey)));
        internal.error(400, "VALIDATION_ERROR");
        assertThat(internal.errorFields()).containsExactly("endpoint");
    }
}
