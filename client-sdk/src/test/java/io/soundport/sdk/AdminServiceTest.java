package io.soundport.sdk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.sdk.exception.OrganizationSuspendedException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.AdminOrganization;
import io.soundport.sdk.model.Organization;
import io.soundport.sdk.model.OrganizationStatus;
import io.soundport.sdk.model.Tier;
import io.soundport.sdk.param.AdminOrganizationListParams;
import io.soundport.sdk.param.AdminOrganizationUpdateParams;
import io.soundport.sdk.param.ArtistCreateParams;
import io.soundport.sdk.param.RegisterParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.admin().organizations()} against the real server, with one platform operator configured. */
class AdminServiceTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String OPERATOR = "ops@soundport.example";
    private static EmbeddedServer server;
    private static Path dataDir;
    private static SoundportClient operator;

    @BeforeAll
    static void startServer(@TempDir Path tempDir) throws IOException {
        dataDir = tempDir;
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "sdk-admin-test-secret-sdk-admin-test-secret-0123",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.platform.admins", OPERATOR));
        operator = register(OPERATOR, "Operations");
        SoundportClient.builder().baseUrl(server.getURL().toString()).credentials("x@example.com", PASSWORD).build()
                .auth().verifyEmail(EndToEndTest.verificationTokenMailedTo(dataDir, OPERATOR));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static SoundportClient register(String email, String organizationName) {
        SoundportClient client = SoundportClient.builder().baseUrl(server.getURL().toString())
                .credentials(email, PASSWORD).build();
        client.auth().register(RegisterParams.builder().email(email).password(PASSWORD).name("Someone")
                .organizationName(organizationName).build());
        return client;
    }

    @Test
    void an_operator_finds_re_tiers_suspends_and_reinstates_an_organization() {
        String token = "Sdk" + UUID.randomUUID().toString().substring(0, 8);
        SoundportClient owner = register("owner-" + token + "@example.com", token + " Records");
        String orgId = owner.organization().retrieve().id();

        Page<AdminOrganization> found = operator.admin().organizations().list(AdminOrganizationListParams.builder()
                .q(token.toLowerCase()).tier(Tier.FREE).status(OrganizationStatus.ACTIVE).build());
        assertThat(found.data()).extracting(AdminOrganization::id).containsExactly(orgId);
        AdminOrganization listed = found.data().get(0);
        assertThat(listed.tier()).isEqualTo(Tier.FREE);
        assertThat(listed.requestsPerHour()).isEqualTo(100);
        assertThat(listed.requestsThisHour()).isNotNegative();

        assertThatThrownBy(() -> operator.admin().organizations().update(orgId,
                AdminOrganizationUpdateParams.builder().tier(Tier.STARTER).build(),
                RequestOptions.builder().ifMatch(listed.version() + 1).build()))
                .isInstanceOf(PreconditionFailedException.class);
        AdminOrganization retiered = operator.admin().organizations().update(orgId,
                AdminOrganizationUpdateParams.builder().tier(Tier.ENTERPRISE).build(),
                RequestOptions.builder().ifMatch(listed.version()).build());
        assertThat(retiered.tier()).isEqualTo(Tier.ENTERPRISE);
        assertThat(owner.organization().retrieve().tier()).isEqualTo(Tier.ENTERPRISE);

        AdminOrganization suspended = operator.admin().organizations().update(orgId,
                AdminOrganizationUpdateParams.suspend("Unpaid invoices"));
        assertThat(suspended.status()).isEqualTo(OrganizationStatus.SUSPENDED);
        assertThatThrownBy(() -> owner.artists().create(ArtistCreateParams.builder().name("Refused").build()))
                .isInstanceOfSatisfying(OrganizationSuspendedException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("ORGANIZATION_SUSPENDED");
                    assertThat(e.getMessage()).contains("Unpaid invoices");
                })
                .isInstanceOf(PermissionException.class);
        Organization seen = owner.auth().profile().organization();
        assertThat(seen.status()).isEqualTo(OrganizationStatus.SUSPENDED);
        assertThat(seen.suspensionReason()).isEqualTo("Unpaid invoices");

        operator.admin().organizations().update(orgId, AdminOrganizationUpdateParams.reinstate());
        assertThat(owner.organization().retrieve().status()).isEqualTo(OrganizationStatus.ACTIVE);
    }

    @Test
    void anyone_else_is_refused_and_bad_values_never_leave_the_client_or_come_back_as_validation_errors() {
        SoundportClient owner = register("owner-" + UUID.randomUUID() + "@example.com", "Plain Records");

        assertThatThrownBy(() -> owner.admin().organizations().list(AdminOrganizationListParams.builder().build()))
                .isInstanceOf(PermissionException.class).isNotInstanceOf(OrganizationSuspendedException.class);
        assertThatThrownBy(() -> AdminOrganizationUpdateParams.builder().suspended(true).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdminOrganizationListParams.builder().tier(Tier.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> operator.admin().organizations().list(
                AdminOrganizationListParams.builder().limit(500).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.detail("limit")).isNotBlank());
    }
}
