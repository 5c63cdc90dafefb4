package io.soundport.contracts;

import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Partners} must do. */
public abstract class PartnersContract {

    protected abstract PersistencePorts ports();

    private Partners partners() {
        return ports().partners();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private Partner newPartner(Organization org, boolean active) {
        Partner partner = Fixtures.partner(org, active, Fixtures.instant());
        partners().add(partner);
        return partner;
    }

    /** The same partner as stored at another version. */
    private static Partner withVersion(Partner p, long version) {
        return new Partner(p.id(), p.organizationId(), p.name(), p.protocol(), p.endpoint(), p.territories(),
                p.active(), p.credentialsCiphertext(), p.createdAt(), p.updatedAt(), version, p.dpid(), p.test(),
                p.takedown());
    }

    @Test
    void finds_an_added_partner_with_every_field() {
        Organization org = newOrganization();
        Partner partner = Fixtures.partner(org);
        partners().add(partner);

        assertThat(partners().find(org.id(), partner.id())).contains(partner);
    }

    @Test
    void keeps_the_order_of_territories_and_a_partner_without_credentials() {
        Organization org = newOrganization();
        Instant createdAt = Fixtures.instant();
        Partner partner = new Partner(PartnerId.of(Fixtures.id(PartnerId.PREFIX)), org.id(), "Drop folder",
                Protocol.FILE, "drops/deezer", List.of(Territory.of("US"), Territory.of("GB"), Territory.of("DE")),
                false, null, createdAt, Fixtures.instant(), 4);
        partners().add(partner);

        Partner found = partners().find(org.id(), partner.id()).orElseThrow();

        assertThat(found).isEqualTo(partner);
        assertThat(found.territories()).extracting(Territory::code).containsExactly("US", "GB", "DE");
        assertThat(found.credentialsCiphertext()).isNull();
    }

    @Test
    void keeps_a_worldwide_s3_partner() {
        Organization org = newOrganization();
        Instant createdAt = Fixtures.instant();
        Partner partner = new Partner(PartnerId.of(Fixtures.id(PartnerId.PREFIX)), org.id(), "Bucket DSP",
                Protocol.S3, "s3://dsp-ingest/soundport", List.of(), true, "v1:" + Fixtures.sha256Hex(), createdAt,
                createdAt, 1);
        partners().add(partner);

        assertThat(partners().find(org.id(), partner.id())).contains(partner);
        assertThat(partner.territories()).containsExactly(Territory.WORLD);
    }

    @Test
    void keeps_an_sftp_partner() {
        Organization org = newOrganization();
        Instant createdAt = Fixtures.instant();
        Partner partner = new Partner(PartnerId.of(Fixtures.id(PartnerId.PREFIX)), org.id(), "Drop DSP",
                Protocol.SFTP, "sftp://drop.dsp.example:2222/inbox", List.of(), true, "v1:" + Fixtures.sha256Hex(),
                createdAt, createdAt, 1);
        partners().add(partner);

        assertThat(partners().find(org.id(), partner.id())).contains(partner);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Partner partner = newPartner(org, true);

        assertThat(partners().find(org.id(), PartnerId.of(Fixtures.id(PartnerId.PREFIX)))).isEmpty();
        assertThat(partners().find(other.id(), partner.id())).isEmpty();
    }

    @Test
    void rejects_a_second_partner_with_the_same_id() {
        Organization org = newOrganization();
        Partner partner = newPartner(org, true);
        Partner twin = new Partner(partner.id(), org.id(), "Twin", Protocol.FILE, "drops/twin", List.of(), true,
                null, Fixtures.instant(), Fixtures.instant(), 1);

        Expect.domainError(ErrorCode.CONFLICT, () -> partners().add(twin));
        assertThat(partners().find(org.id(), partner.id())).contains(partner);
    }

    @Test
    void keeps_the_ddex_party_id_the_test_flag_and_the_takedown_message_and_their_changes() {
        Organization org = newOrganization();
        Partner plain = Fixtures.partner(org);
        Partner partner = plain.withDdex(DdexPartyId.of("PADPIDA2011072101T"), false, true, TakedownMessage.PURGE,
                plain.updatedAt());
        partners().add(partner);
        assertThat(partners().find(org.id(), partner.id())).contains(partner);

        Partner changed = partner.withDdex(null, true, false, TakedownMessage.MESSAGE, Fixtures.instant());
        Partner updated = partners().update(changed);

        assertThat(updated).isEqualTo(withVersion(changed, partner.version() + 1));
        assertThat(partners().find(org.id(), partner.id())).hasValueSatisfying(p -> {
            assertThat(p.dpid()).isNull();
            assertThat(p.test()).isFalse();
            assertThat(p.takedown()).isEqualTo(TakedownMessage.MESSAGE);
        });
        Partner defaults = newPartner(org, true);
        assertThat(partners().find(org.id(), defaults.id())).hasValueSatisfying(p -> {
            assertThat(p.dpid()).isNull();
            assertThat(p.test()).isFalse();
            assertThat(p.takedown()).isEqualTo(TakedownMessage.MESSAGE);
        });
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        Organization org = newOrganization();
        Partner partner = newPartner(org, true);
        Partner changed = partner.edit("Renamed DSP", "https://new.example.com/ddex",
                List.of(Territory.of("JP"), Territory.of("KR")), false, "v1:" + Fixtures.sha256Hex(),
                Fixtures.instant());

        Partner updated = partners().update(changed);

        assertThat(updated).isEqualTo(withVersion(changed, partner.version() + 1));
        assertThat(partners().find(org.id(), partner.id())).contains(updated);
        assertThat(updated.territories()).extracting(Territory::code).containsExactly("JP", "KR");
        assertThat(updated.active()).isFalse();
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        Partner partner = newPartner(org, true);
        Partner current = partners().update(partner.edit("First change", null, null, null, null, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> partners().update(
                partner.edit("Lost change", null, null, null, null, Fixtures.instant())));
        assertThat(partners().find(org.id(), partner.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_a_partner_that_does_not_exist_or_belongs_to_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Partner partner = newPartner(org, true);
        Partner hijacked = new Partner(partner.id(), other.id(), "Hijacked", partner.protocol(),
                "https://evil.example.com/ddex", partner.territories(), true, null, partner.createdAt(),
                Fixtures.instant(), partner.version());

        Expect.domainError(ErrorCode.NOT_FOUND, () -> partners().update(Fixtures.partner(org)));
        Expect.domainError(ErrorCode.NOT_FOUND, () -> partners().update(hijacked));
        assertThat(partners().find(org.id(), partner.id())).contains(partner);
    }

    @Test
    void remove_returns_true_once_then_false_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        Partner partner = newPartner(org, true);

        assertThat(partners().remove(other.id(), partner.id())).isFalse();
        assertThat(partners().find(org.id(), partner.id())).contains(partner);
        assertThat(partners().remove(org.id(), partner.id())).isTrue();
        assertThat(partners().remove(org.id(), partner.id())).isFalse();
        assertThat(partners().find(org.id(), partner.id())).isEmpty();
    }

    @Test
    void lists_the_partners_of_an_organization_newest_first_across_pages() {
        Organization org = newOrganization();
        List<Partner> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newPartner(org, i % 2 == 0));
        }
        newPartner(newOrganization(), true);

        List<Partner> listed = Paging.walk(2, page -> partners().list(org.id(), page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
        assertThat(Paging.walk(10, page -> partners().list(newOrganization().id(), page))).isEmpty();
    }

    @Test
    void active_gives_only_the_active_partners_of_the_organization_oldest_first() {
        Organization org = newOrganization();
        Partner first = newPartner(org, true);
        newPartner(org, false);
        Partner second = newPartner(org, true);
        Partner paused = newPartner(org, true);
        partners().update(paused.edit(null, null, null, false, null, Fixtures.instant()));
        Partner resumed = newPartner(org, false);
        Partner third = partners().update(resumed.edit(null, null, null, true, null, Fixtures.instant()));
        newPartner(newOrganization(), true);

        assertThat(partners().active(org.id())).containsExactly(first, second, third);
        assertThat(partners().active(newOrganization().id())).isEmpty();
    }
}
