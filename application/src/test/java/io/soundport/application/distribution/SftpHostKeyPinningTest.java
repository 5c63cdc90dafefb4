package io.soundport.application.distribution;

import io.soundport.application.testing.Core;
import io.soundport.domain.distribution.HostKeys;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.SftpAccess;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.soundport.application.distribution.DistributionFlowTest.CIPHER;
import static io.soundport.application.distribution.DistributionFlowTest.GUARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SFTP partners saved without a host key are pinned to the key their server shows then (trust on first use). */
class SftpHostKeyPinningTest {
    private static final String FIRST = "SHA256:" + "A".repeat(43);
    private static final String SECOND = "SHA256:" + "B".repeat(43);
    private static final String GIVEN = "SHA256:" + "C".repeat(43);

    private final Core core = new Core();
    /** The servers by host:port and the key each shows; an absent one is unreachable. */
    private final Map<String, String> servers = new HashMap<>();
    private final List<String> reads = new ArrayList<>();
    private final HostKeys hostKeys = (host, port) -> {
        reads.add(host + ":" + port);
        String key = servers.get(host + ":" + port);
        return key == null ? new HostKeys.Unreadable("connection refused") : new HostKeys.Shown(key);
    };
    private final PartnerService partners = new PartnerService(core.store.transactions(), core.store.partners(),
            core.store.deliveries(), CIPHER, GUARD, core.ids, core.clock, core.audit, hostKeys);
    private final Caller admin = core.member(Role.ADMIN);

    private static String login(String hostKey) {
        return "{\"user\":\"soundport\",\"password\":\"pw-123\"" + (hostKey == null ? "" : ",\"host_key\":\""
                + hostKey + "\"") + "}";
    }

    private Partner create(String endpoint, String credentials) {
        return partners.create(admin, CreatePartnerCommand.of("Droply", "SFTP", endpoint, null, null, credentials));
    }

    private SftpAccess stored(Partner partner) {
        return SftpAccess.parse(CIPHER.decrypt(core.store.partners().find(admin.organizationId(), partner.id())
                .orElseThrow().credentialsCiphertext()));
    }

    private Partner update(Partner partner, String endpoint, String credentials) {
        return partners.update(admin, UpdatePartnerCommand.of(partner.id(), null, endpoint, null, null, credentials,
                null));
    }

    @Test
    void a_partner_without_a_host_key_is_pinned_to_the_key_its_server_shows() {
        servers.put("drop.dsp.example:2222", FIRST);

        Partner partner = create("sftp://drop.dsp.example:2222/in", login(null));

        assertThat(reads).containsExactly("drop.dsp.example:2222");
        assertThat(stored(partner).hostKey()).isEqualTo(FIRST);
        assertThat(stored(partner).password()).isEqualTo("pw-123");
        assertThat(partners.pinnedHostKey(partner)).contains(FIRST);
    }

    @Test
    void the_key_is_read_before_creating_so_that_a_unit_of_work_around_the_creation_never_waits_on_the_server() {
        servers.put("drop.dsp.example:2222", FIRST);
        CreatePartnerCommand command = CreatePartnerCommand.of("Droply", "SFTP", "sftp://drop.dsp.example:2222/in",
                null, null, login(null));

        CreatePartnerCommand read = partners.withHostKeyRead(admin, command);
        assertThat(reads).containsExactly("drop.dsp.example:2222");
        Partner partner = core.store.transactions().inTransaction(() -> partners.create(admin, read));

        assertThat(reads).as("read once, before the unit of work").hasSize(1);
        assertThat(stored(partner).hostKey()).isEqualTo(FIRST);
        CreatePartnerCommand http = CreatePartnerCommand.of("Streamly", "HTTP", "https://dsp.example.com/in", null,
                null, "token");
        assertThat(partners.withHostKeyRead(admin, http)).isSameAs(http);
        assertThat(partners.withHostKeyRead(admin, read)).isSameAs(read);
    }

    @Test
    void a_given_host_key_is_kept_and_no_server_is_asked() {
        Partner partner = create("sftp://drop.dsp.example/in", login(GIVEN));

        assertThat(reads).isEmpty();
        assertThat(stored(partner).hostKey()).isEqualTo(GIVEN);
    }

    @Test
    void a_server_whose_key_cannot_be_read_refuses_the_partner_on_credentials_host_key_and_nothing_is_stored() {
        assertThatThrownBy(() -> create("sftp://drop.dsp.example/in", login(null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.details()).extracting(d -> d.field()).containsExactly("credentials.host_key");
                    assertThat(e.getMessage()).contains("could not read the host key of drop.dsp.example:22",
                            "connection refused", "give credentials.host_key").doesNotContain("pw-123");
                });
        assertThat(partners.list(admin, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void new_credentials_without_a_host_key_keep_the_pinned_one_while_the_server_stays_the_same() {
        servers.put("drop.dsp.example:22", FIRST);
        Partner partner = create("sftp://drop.dsp.example/in", login(null));
        servers.put("drop.dsp.example:22", SECOND);

        Partner changed = update(partner, "sftp://drop.dsp.example/other", "{\"user\":\"other\",\"password\":\"pw-2\"}");

        assertThat(reads).containsExactly("drop.dsp.example:22");
        assertThat(stored(changed).hostKey()).isEqualTo(FIRST);
        assertThat(stored(changed).user()).isEqualTo("other");
    }

    @Test
    void another_host_or_port_is_read_again_with_or_without_new_credentials() {
        servers.put("drop.dsp.example:22", FIRST);
        servers.put("new.dsp.example:22", SECOND);
        servers.put("new.dsp.example:2222", GIVEN);
        Partner partner = create("sftp://drop.dsp.example/in", login(null));

        Partner moved = update(partner, "sftp://new.dsp.example/in", login(null));
        assertThat(stored(moved).hostKey()).isEqualTo(SECOND);

        Partner ported = update(moved, "sftp://new.dsp.example:2222/in", null);
        assertThat(stored(ported).hostKey()).isEqualTo(GIVEN);
        assertThat(stored(ported).password()).isEqualTo("pw-123");
        assertThat(reads).containsExactly("drop.dsp.example:22", "new.dsp.example:22", "new.dsp.example:2222");
    }

    @Test
    void a_move_to_a_server_whose_key_cannot_be_read_changes_nothing() {
        servers.put("drop.dsp.example:22", FIRST);
        Partner partner = create("sftp://drop.dsp.example/in", login(null));

        assertThatThrownBy(() -> update(partner, "sftp://gone.dsp.example/in", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.details())
                        .extracting(d -> d.field()).containsExactly("credentials.host_key"));

        Partner kept = core.store.partners().find(admin.organizationId(), partner.id()).orElseThrow();
        assertThat(kept.endpoint()).isEqualTo("sftp://drop.dsp.example/in");
        assertThat(kept.version()).isEqualTo(partner.version());
        assertThat(SftpAccess.parse(CIPHER.decrypt(kept.credentialsCiphertext())).hostKey()).isEqualTo(FIRST);
    }
}
