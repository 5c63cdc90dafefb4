package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceFilter;
import io.soundport.domain.marketing.AudienceMember;
import io.soundport.domain.marketing.AudienceSyncStatus;
import io.soundport.domain.marketing.AudienceType;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What every adapter of {@link Audiences} must do, for audiences and for the members of custom audiences. */
public abstract class AudiencesContract {

    protected abstract PersistencePorts ports();

    private Audiences audiences() {
        return ports().audiences();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private Audience added(Organization org) {
        Audience audience = Fixtures.customAudience(org);
        audiences().add(audience);
        return audience;
    }

    @Test
    void finds_an_added_audience_with_every_field_but_not_from_another_organization() {
        Organization org = newOrganization();
        Audience custom = added(org);
        Audience lookalike = custom.newLookalike(io.soundport.domain.marketing.AudienceId.of(
                Fixtures.id(io.soundport.domain.marketing.AudienceId.PREFIX)), null, "de", new BigDecimal("0.05"),
                Fixtures.instant());
        audiences().add(lookalike);

        assertThat(audiences().find(org.id(), custom.id())).contains(custom);
        Audience found = audiences().find(org.id(), lookalike.id()).orElseThrow();
        assertThat(found).isEqualTo(lookalike);
        assertThat(found.lookalike().ratio()).isEqualByComparingTo("0.05");
        assertThat(found.lookalike().ratio().toPlainString()).isEqualTo("0.05");
        assertThat(found.country()).isEqualTo("DE");
        assertThat(audiences().find(newOrganization().id(), custom.id())).isEmpty();

        DomainException twice = catchThrowableOfType(DomainException.class, () -> audiences().add(custom));
        assertThat(twice.code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void an_update_keeps_every_field_of_the_sync_bumps_the_version_and_refuses_a_stale_one() {
        Organization org = newOrganization();
        Audience audience = added(org);
        Instant now = Fixtures.instant();
        UserId user = UserId.of(Fixtures.id(UserId.PREFIX));

        Audience syncing = audiences().update(audience.startSync(AdAccountId.of("act_1000000001"), user, now));
        assertThat(syncing.version()).isEqualTo(2);
        Audience created = audiences().update(syncing.createdOnMeta(
                io.soundport.domain.integrations.ads.AudienceId.of("23849182047670582"), now));
        Audience progressed = audiences().update(created.syncProgressed(3, "ab12", now));
        assertThat(audiences().find(org.id(), audience.id())).contains(progressed);
        assertThat(progressed.sync().status()).isEqualTo(AudienceSyncStatus.SYNCING);
        assertThat(progressed.sync().sent()).isEqualTo(3);
        assertThat(progressed.sync().cursor()).isEqualTo("ab12");
        assertThat(progressed.sync().startedBy()).isEqualTo(user);
        Audience failed = audiences().update(progressed.syncFailed("Meta said no", now));
        assertThat(audiences().find(org.id(), audience.id()).orElseThrow().sync()).isEqualTo(failed.sync());

        Audience renamed = audience.change("Renamed", null, CustomerFileSource.BOTH_USER_AND_PARTNER_PROVIDED, null,
                now);
        DomainException stale = catchThrowableOfType(DomainException.class, () -> audiences().update(renamed));
        assertThat(stale.code()).isEqualTo(ErrorCode.PRECONDITION_FAILED);
        Audience gone = Fixtures.customAudience(org);
        assertThat(catchThrowableOfType(DomainException.class, () -> audiences().update(gone)).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void lists_newest_first_page_by_page_by_type_and_the_lookalikes_of_an_origin() {
        Organization org = newOrganization();
        List<Audience> customs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            customs.add(added(org));
        }
        Audience origin = customs.get(0);
        Audience lookalike = origin.newLookalike(io.soundport.domain.marketing.AudienceId.of(
                Fixtures.id(io.soundport.domain.marketing.AudienceId.PREFIX)), "Like them", "FR",
                new BigDecimal("0.01"), Fixtures.instant());
        audiences().add(lookalike);
        added(newOrganization());

        List<Audience> seen = new ArrayList<>();
        Page<Audience> page = audiences().list(org.id(), AudienceFilter.ALL, PageRequest.first(3));
        seen.addAll(page.items());
        assertThat(page.hasMore()).isTrue();
        page = audiences().list(org.id(), AudienceFilter.ALL, new PageRequest(3, page.next()));
        seen.addAll(page.items());
        assertThat(page.hasMore()).isFalse();
        assertThat(seen).extracting(Audience::id).containsExactly(lookalike.id(), customs.get(2).id(),
                customs.get(1).id(), customs.get(0).id());

        assertThat(audiences().list(org.id(), new AudienceFilter(AudienceType.CUSTOM, null), PageRequest.first(10))
                .items()).hasSize(3);
        assertThat(audiences().list(org.id(), AudienceFilter.lookalikesOf(origin.id()), PageRequest.first(10))
                .items()).containsExactly(lookalike);
        assertThat(audiences().list(org.id(), AudienceFilter.lookalikesOf(customs.get(1).id()), PageRequest.first(10))
                .items()).isEmpty();
    }

    @Test
    void members_are_stored_once_per_key_read_in_key_order_after_a_cursor_and_removed() {
        Organization org = newOrganization();
        Audience audience = added(org);
        Audience other = added(org);
        List<AudienceMember> people = IntStream.range(0, 7)
                .mapToObj(i -> Fixtures.audienceMember("fan" + i + "@example.com", i % 2 == 0)).toList();
        AudienceMember byPhone = AudienceMember.of(null, "+44 20 7946 0958");

        List<AudienceMember> first = new ArrayList<>(people.subList(0, 4));
        first.add(people.get(0));
        assertThat(audiences().addMembers(org.id(), audience.id(), first)).isEqualTo(4);
        List<AudienceMember> second = new ArrayList<>(people.subList(2, 7));
        second.add(byPhone);
        assertThat(audiences().addMembers(org.id(), audience.id(), second)).isEqualTo(4);
        assertThat(audiences().addMembers(org.id(), other.id(), List.of(people.get(0)))).isEqualTo(1);

        List<AudienceMember> sorted = new ArrayList<>(people);
        sorted.add(byPhone);
        sorted.sort(java.util.Comparator.comparing(AudienceMember::key));
        List<AudienceMember> page1 = audiences().members(org.id(), audience.id(), null, 5);
        assertThat(page1).containsExactlyElementsOf(sorted.subList(0, 5));
        assertThat(audiences().members(org.id(), audience.id(), page1.get(4).key(), 5))
                .containsExactlyElementsOf(sorted.subList(5, 8));
        assertThat(audiences().members(newOrganization().id(), audience.id(), null, 5)).isEmpty();

        assertThat(audiences().removeMembers(org.id(), audience.id(), List.of(sorted.get(0).key(),
                sorted.get(0).key(), "f".repeat(64)))).isEqualTo(1);
        assertThat(audiences().members(org.id(), audience.id(), null, 100)).hasSize(7);
        assertThat(catchThrowableOfType(DomainException.class, () -> audiences().addMembers(newOrganization().id(),
                audience.id(), List.of(byPhone))).code()).isEqualTo(ErrorCode.NOT_FOUND);

        assertThat(audiences().remove(org.id(), audience.id())).isTrue();
        assertThat(audiences().remove(org.id(), audience.id())).isFalse();
        assertThat(audiences().find(org.id(), audience.id())).isEmpty();
        assertThat(audiences().members(org.id(), audience.id(), null, 100)).isEmpty();
        assertThat(audiences().members(org.id(), other.id(), null, 100)).containsExactly(people.get(0));
    }

    @Test
    void members_added_inside_a_unit_of_work_commit_or_roll_back_with_it() {
        Organization org = newOrganization();
        Audience audience = added(org);
        AudienceMember fan = Fixtures.audienceMember("kept@example.com", false);
        ports().transactions().run(() -> assertThat(audiences().addMembers(org.id(), audience.id(), List.of(fan,
                fan))).isEqualTo(1));
        assertThat(audiences().members(org.id(), audience.id(), null, 10)).containsExactly(fan);

        AudienceMember lost = Fixtures.audienceMember("lost@example.com", true);
        catchThrowableOfType(IllegalStateException.class, () -> ports().transactions().run(() -> {
            audiences().addMembers(org.id(), audience.id(), List.of(lost));
            throw new IllegalStateException("rolled back");
        }));
        assertThat(audiences().members(org.id(), audience.id(), null, 10)).containsExactly(fan);
    }
}
