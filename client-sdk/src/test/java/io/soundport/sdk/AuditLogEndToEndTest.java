package io.soundport.sdk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Application;
import io.soundport.sdk.model.Artist;
import io.soundport.sdk.model.AuditActorType;
import io.soundport.sdk.model.AuditEntry;
import io.soundport.sdk.model.Profile;
import io.soundport.sdk.param.ApiKeyCreateParams;
import io.soundport.sdk.param.ApiKeyScope;
import io.soundport.sdk.param.AppCreateParams;
import io.soundport.sdk.param.ArtistCreateParams;
import io.soundport.sdk.param.AuditLogListParams;
import io.soundport.sdk.param.RegisterParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.auditLog()} against a running server: an organization's log, and every one for an operator. */
class AuditLogEndToEndTest {
    private static final String OPERATOR = "ops@soundport.example";
    private static EmbeddedServer server;
    private static Path dataDir;

    @BeforeAll
    static void startServer(@TempDir Path tempDir) {
        dataDir = tempDir;
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "sdk-audit-log-secret-sdk-audit-log-secret-0123456",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.platform.admins", OPERATOR));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static SoundportClient registered(String email) {
        SoundportClient client = SoundportClient.builder().baseUrl(server.getURL().toString())
                .credentials(email, EndToEndTest.PASSWORD).build();
        client.auth().register(RegisterParams.builder().email(email).password(EndToEndTest.PASSWORD).name("Ada")
                .organizationName("Org of " + email).build());
        return client;
    }

    @Test
    void an_owner_pages_through_the_organizations_changes_with_filters() {
        SoundportClient owner = registered(EndToEndTest.email("owner"));
        Instant before = Instant.now().minusSeconds(1);
        Artist first = owner.artists().create(ArtistCreateParams.builder().name("Burial").build());
        Artist second = owner.artists().create(ArtistCreateParams.builder().name("Four Tet").build());

        List<AuditEntry> created = owner.auditLog().list(AuditLogListParams.builder().action("artist.created")
                .since(before).limit(1).build()).autoPagingStream().toList();

        assertThat(created).extracting(AuditEntry::resourceId).containsExactly(second.id(), first.id());
        AuditEntry entry = created.get(0);
        assertThat(entry.actorType()).isEqualTo(AuditActorType.USER);
        assertThat(entry.resourceType()).isEqualTo("artist");
        assertThat(entry.requestId()).isNotBlank();
        assertThat(entry.occurredAt()).isAfter(before);
        assertThat(owner.auditLog().list(AuditLogListParams.builder().action("artist.created").until(before).build())
                .data()).isEmpty();
        assertThatThrownBy(() -> owner.auditLog().list(AuditLogListParams.builder().actor("bob").build()))
                .isInstanceOf(ValidationException.class);
        Application app = owner.apps().create(AppCreateParams.builder().name("Partner app").build());
        SoundportClient reader = SoundportClient.builder().baseUrl(server.getURL().toString()).apiKey(owner.apiKeys()
                .create(app.id(), ApiKeyCreateParams.builder().name("k").scopes(ApiKeyScope.READ).build()).key()).build();
        assertThatThrownBy(() -> reader.auditLog().list(AuditLogListParams.builder().build()))
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> owner.auditLog().listAll(AuditLogListParams.builder().build()))
                .isInstanceOf(PermissionException.class);
    }

    @Test
    void a_platform_operator_lists_one_organizations_changes() throws IOException {
        SoundportClient operator = registered(OPERATOR);
        operator.auth().verifyEmail(EndToEndTest.verificationTokenMailedTo(dataDir, OPERATOR));
        SoundportClient owner = registered(EndToEndTest.email("owner"));
        Profile profile = owner.auth().profile();

        List<AuditEntry> entries = operator.auditLog().listAll(AuditLogListParams.builder()
                .organizationId(profile.organization().id()).build()).data();

        // the SDK signs in with the credentials it was built with, after registering
        assertThat(entries).extracting(AuditEntry::action).containsExactly("user.signed_in", "user.registered");
        assertThat(entries).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(profile.user().id()));
    }
}
