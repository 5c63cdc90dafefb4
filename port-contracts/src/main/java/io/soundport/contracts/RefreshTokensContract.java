package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.RefreshToken;
import io.soundport.domain.identity.RefreshTokenId;
import io.soundport.domain.identity.RefreshTokens;
import io.soundport.domain.identity.User;
import io.soundport.domain.persistence.PersistencePorts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link RefreshTokens} must do. */
public abstract class RefreshTokensContract {

    protected abstract PersistencePorts ports();

    private RefreshTokens tokens() {
        return ports().refreshTokens();
    }

    private RefreshToken newToken(String familyId) {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        User user = Fixtures.user();
        ports().users().add(user);
        RefreshToken token = Fixtures.refreshToken(org, user, familyId);
        tokens().add(token);
        return token;
    }

    private RefreshToken sibling(RefreshToken token) {
        RefreshToken next = Fixtures.refreshToken(Fixtures.organization(), Fixtures.user(), token.familyId());
        next = new RefreshToken(next.id(), token.familyId(), token.userId(), token.organizationId(), next.tokenHash(),
                next.issuedAt(), next.expiresAt(), RefreshToken.Status.ACTIVE);
        tokens().add(next);
        return next;
    }

    @Test
    void finds_an_added_token_by_its_hash_with_every_field() {
        RefreshToken token = newToken(Fixtures.id("fam"));

        assertThat(tokens().findByHash(token.tokenHash())).contains(token);
    }

    @Test
    void finds_nothing_for_an_unknown_hash() {
        assertThat(tokens().findByHash(Fixtures.sha256Hex())).isEmpty();
    }

    @Test
    void marks_an_active_token_used_once_only() {
        RefreshToken token = newToken(Fixtures.id("fam"));

        assertThat(tokens().markUsed(token.id())).isTrue();
        assertThat(tokens().markUsed(token.id())).isFalse();
        assertThat(tokens().findByHash(token.tokenHash())).get().extracting(RefreshToken::status)
                .isEqualTo(RefreshToken.Status.USED);
    }

    @Test
    void does_not_mark_an_unknown_token_used() {
        assertThat(tokens().markUsed(RefreshTokenId.of(Fixtures.id("rtk")))).isFalse();
    }

    @Test
    void of_concurrent_uses_of_one_token_exactly_one_wins() throws Exception {
        RefreshToken token = newToken(Fixtures.id("fam"));

        List<Boolean> outcomes = Concurrently.run(8, () -> tokens().markUsed(token.id()));

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(outcomes).filteredOn(won -> !won).hasSize(7);
    }

    @Test
    void revoking_a_family_revokes_its_active_tokens_and_counts_them() {
        RefreshToken first = newToken(Fixtures.id("fam"));
        RefreshToken second = sibling(first);
        RefreshToken third = sibling(first);
        RefreshToken stranger = newToken(Fixtures.id("fam"));
        tokens().markUsed(first.id());

        assertThat(tokens().revokeFamily(first.familyId())).isEqualTo(2);

        assertThat(tokens().findByHash(second.tokenHash())).get().extracting(RefreshToken::status)
                .isEqualTo(RefreshToken.Status.REVOKED);
        assertThat(tokens().findByHash(third.tokenHash())).get().extracting(RefreshToken::status)
                .isEqualTo(RefreshToken.Status.REVOKED);
        assertThat(tokens().markUsed(second.id())).isFalse();
        assertThat(tokens().findByHash(stranger.tokenHash())).get().extracting(RefreshToken::status)
                .isEqualTo(RefreshToken.Status.ACTIVE);
        assertThat(tokens().revokeFamily(first.familyId())).isZero();
    }

    @Test
    void revoking_an_unknown_family_revokes_nothing() {
        assertThat(tokens().revokeFamily(Fixtures.id("fam"))).isZero();
    }
}
