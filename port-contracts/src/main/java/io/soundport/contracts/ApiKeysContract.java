package io.soundport.contracts;

import io.soundport.domain.identity.ApiKey;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.ApiKeys;
import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link ApiKeys} must do. */
public abstract class ApiKeysContract {

    protected abstract PersistencePorts ports();

    private ApiKeys keys() {
        return ports().apiKeys();
    }

    private Application newApplication() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        Application app = Fixtures.application(org);
        ports().applications().add(app);
        return app;
    }

    private ApiKey newKey(Application app) {
        ApiKey key = Fixtures.apiKey(app);
        keys().add(key);
        return key;
    }

    @Test
    void finds_an_added_key_by_id_and_by_hash_with_every_field() {
        Application app = newApplication();
        ApiKey key = newKey(app);

        assertThat(keys().find(app.organizationId(), key.id())).contains(key);
        assertThat(keys().findByHash(key.keyHash())).contains(key);
    }

    @Test
    void keeps_a_key_that_never_expires() {
        Application app = newApplication();
        ApiKey template = Fixtures.apiKey(app);
        ApiKey key = new ApiKey(template.id(), app.id(), app.organizationId(), template.name(), template.prefix(),
                template.keyHash(), template.scopes(), template.createdAt(), null, null, null);
        keys().add(key);

        assertThat(keys().find(app.organizationId(), key.id())).contains(key);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_hash_or_from_another_organization() {
        Application app = newApplication();
        Application elsewhere = newApplication();
        ApiKey key = newKey(app);

        assertThat(keys().find(app.organizationId(), ApiKeyId.of(Fixtures.id("key")))).isEmpty();
        assertThat(keys().find(elsewhere.organizationId(), key.id())).isEmpty();
        assertThat(keys().findByHash(Fixtures.sha256Hex())).isEmpty();
    }

    @Test
    void lists_the_keys_of_one_application_newest_first_across_pages() {
        Application app = newApplication();
        List<ApiKey> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newKey(app));
        }
        Application sibling = Fixtures.application(organizationOf(app));
        ports().applications().add(sibling);
        newKey(sibling);

        List<ApiKey> listed = Paging.walk(2, page -> keys().list(app.organizationId(), app.id(), page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
        assertThat(keys().list(newApplication().organizationId(), app.id(), PageRequest.first(10)).items())
                .isEmpty();
    }

    private Organization organizationOf(Application app) {
        return ports().organizations().find(app.organizationId()).orElseThrow();
    }

    @Test
    void revoke_sets_the_revocation_time_once() {
        Application app = newApplication();
        ApiKey key = newKey(app);
        Instant first = Fixtures.instant();

        assertThat(keys().revoke(app.organizationId(), key.id(), first)).isTrue();
        keys().revoke(app.organizationId(), key.id(), Fixtures.instant());

        ApiKey revoked = keys().find(app.organizationId(), key.id()).orElseThrow();
        assertThat(revoked.revokedAt()).isEqualTo(first);
        assertThat(revoked.validAt(first)).isFalse();
    }

    @Test
    void revoke_answers_false_for_an_unknown_key_or_one_of_another_organization() {
        Application app = newApplication();
        Application elsewhere = newApplication();
        ApiKey key = newKey(app);

        assertThat(keys().revoke(app.organizationId(), ApiKeyId.of(Fixtures.id("key")), Fixtures.instant()))
                .isFalse();
        assertThat(keys().revoke(elsewhere.organizationId(), key.id(), Fixtures.instant())).isFalse();
        assertThat(keys().find(app.organizationId(), key.id())).get().extracting(ApiKey::revokedAt).isNull();
    }

    @Test
    void revoke_all_revokes_the_keys_of_one_application_and_counts_those_revoked_now() {
        Application app = newApplication();
        Application other = newApplication();
        ApiKey alreadyRevoked = newKey(app);
        ApiKey second = newKey(app);
        ApiKey third = newKey(app);
        ApiKey untouched = newKey(other);
        Instant earlier = Fixtures.instant();
        keys().revoke(app.organizationId(), alreadyRevoked.id(), earlier);
        Instant now = Fixtures.instant();

        assertThat(keys().revokeAll(app.organizationId(), app.id(), now)).isEqualTo(2);

        assertThat(keys().find(app.organizationId(), alreadyRevoked.id()).orElseThrow().revokedAt())
                .isEqualTo(earlier);
        assertThat(keys().find(app.organizationId(), second.id()).orElseThrow().revokedAt()).isEqualTo(now);
        assertThat(keys().find(app.organizationId(), third.id()).orElseThrow().revokedAt()).isEqualTo(now);
        assertThat(keys().find(other.organizationId(), untouched.id()).orElseThrow().revokedAt()).isNull();
        assertThat(keys().revokeAll(app.organizationId(), app.id(), Fixtures.instant())).isZero();
    }

    @Test
    void revoke_all_from_another_organization_revokes_nothing() {
        Application app = newApplication();
        Application elsewhere = newApplication();
        ApiKey key = newKey(app);

        assertThat(keys().revokeAll(elsewhere.organizationId(), app.id(), Fixtures.instant())).isZero();
        assertThat(keys().find(app.organizationId(), key.id()).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void touch_records_the_last_use() {
        Application app = newApplication();
        ApiKey key = newKey(app);
        Instant first = Fixtures.instant();
        Instant second = Fixtures.instant();

        keys().touch(key.id(), first);
        assertThat(keys().findByHash(key.keyHash()).orElseThrow().lastUsedAt()).isEqualTo(first);
        keys().touch(key.id(), second);

        ApiKey used = keys().find(app.organizationId(), key.id()).orElseThrow();
        assertThat(used).isEqualTo(key.usedAt(second));
    }

    @Test
    void touching_an_unknown_key_changes_nothing() {
        keys().touch(ApiKeyId.of(Fixtures.id("key")), Fixtures.instant());
    }
}
