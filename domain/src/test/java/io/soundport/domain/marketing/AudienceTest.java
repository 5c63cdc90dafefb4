package io.soundport.domain.marketing;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.integrations.ads.CustomerHash;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AudienceTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final OrganizationId ORG = OrganizationId.of("org_01JZZZZZZZZZZZZZZZZZZZZZZZ");
    private static final UserId ADA = UserId.of("usr_01JZZZZZZZZZZZZZZZZZZZZZZZ");
    private static final AdAccountId EUR = AdAccountId.of("act_1000000001");

    private static Audience fans() {
        return Audience.custom(AudienceId.of("aun_01JZZZZZZZZZZZZZZZZZZZZZZA"), ORG, "Fans", null,
                CustomerFileSource.USER_PROVIDED_ONLY, null, NOW);
    }

    private static ErrorCode refused(Runnable change) {
        return catchThrowableOfType(DomainException.class, change::run).code();
    }

    @Test
    void a_member_is_known_by_the_hash_of_their_email_else_of_their_phone_and_never_by_the_value() {
        AudienceMember both = AudienceMember.of(" Ada@Example.com", "+33 6 12 34 56 78");
        assertThat(both.key()).isEqualTo(CustomerHash.email("ada@example.com", "email").value());
        assertThat(both.toString()).doesNotContain("example.com");
        assertThat(AudienceMember.of(null, "0033 6 12 34 56 78").key())
                .isEqualTo(CustomerHash.phone("+33612345678", "phone").value());
        assertThat(catchThrowableOfType(DomainException.class, () -> AudienceMember.of("nope", "0612345678"))
                .details()).extracting(d -> d.field()).containsExactly("email", "phone");
        assertThat(refused(() -> AudienceMember.of(" ", null))).isEqualTo(ErrorCode.VALIDATION_ERROR);
    }

    @Test
    void a_lookalike_comes_from_a_custom_audience_with_an_exact_ratio_and_keeps_its_country() {
        Audience like = fans().newLookalike(AudienceId.of("aun_01JZZZZZZZZZZZZZZZZZZZZZZB"), null, "fr",
                new BigDecimal("0.2"), NOW);
        assertThat(like.type()).isEqualTo(AudienceType.LOOKALIKE);
        assertThat(like.lookalike().ratio().toPlainString()).isEqualTo("0.20");
        assertThat(like.name()).isEqualTo("Lookalike (FR, 20%) of Fans");
        assertThat(like.source()).isNull();
        assertThat(refused(() -> like.newLookalike(AudienceId.of("aun_01JZZZZZZZZZZZZZZZZZZZZZZC"), null, "FR",
                new BigDecimal("0.01"), NOW))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(refused(() -> fans().newLookalike(AudienceId.of("aun_01JZZZZZZZZZZZZZZZZZZZZZZC"), null, "FR",
                new BigDecimal("0.21"), NOW))).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(refused(() -> like.change("Other", null, null, "DE", NOW))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(refused(() -> like.withMembersAdded(1, NOW))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(like.change("Other", null, null, "FR", NOW).name()).isEqualTo("Other");
    }

    @Test
    void a_sync_needs_an_account_runs_one_at_a_time_and_keeps_the_account_meta_has_the_audience_in() {
        Audience fans = fans().withMembersAdded(12, NOW);
        assertThat(refused(() -> fans.startSync(null, ADA, NOW))).isEqualTo(ErrorCode.VALIDATION_ERROR);
        Audience syncing = fans.startSync(EUR, ADA, NOW);
        assertThat(syncing.sync()).extracting(AudienceSync::status, AudienceSync::sent, AudienceSync::total,
                AudienceSync::startedBy).containsExactly(AudienceSyncStatus.SYNCING, 0L, 12L, ADA);
        assertThat(refused(() -> syncing.startSync(EUR, ADA, NOW))).isEqualTo(ErrorCode.CONFLICT);

        Audience sent = syncing.createdOnMeta(io.soundport.domain.integrations.ads.AudienceId.of("238491"), NOW)
                .syncProgressed(10, "aa", NOW).syncProgressed(2, "bb", NOW).synced(NOW.plusSeconds(5));
        assertThat(sent.sync()).extracting(AudienceSync::status, AudienceSync::sent, AudienceSync::cursor,
                AudienceSync::syncedAt).containsExactly(AudienceSyncStatus.SYNCED, 12L, null, NOW.plusSeconds(5));
        Audience again = sent.startSync(null, ADA, NOW);
        assertThat(again.sync().adAccountId()).isEqualTo(EUR);
        assertThat(again.sync().metaAudienceId()).isEqualTo(sent.sync().metaAudienceId());
        assertThat(refused(() -> sent.startSync(AdAccountId.of("1000000002"), ADA, NOW))).isEqualTo(ErrorCode.CONFLICT);

        Audience failed = again.syncFailed("x".repeat(600), NOW);
        assertThat(failed.sync().status()).isEqualTo(AudienceSyncStatus.FAILED);
        assertThat(failed.sync().failureReason()).hasSize(AudienceSync.MAX_REASON);
        assertThat(failed.startSync(null, ADA, NOW).sync().failureReason()).isNull();
    }
}
