package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.User;
import io.soundport.domain.integrations.Connection;
import io.soundport.domain.integrations.ConnectionId;
import io.soundport.domain.integrations.ConnectionStatus;
import io.soundport.domain.integrations.Connections;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link Connections} must do. */
public abstract class ConnectionsContract {

    protected abstract PersistencePorts ports();

    private Connections connections() {
        return ports().connections();
    }

    private Connection newConnection(Organization org, User user, Provider provider) {
        Connection connection = Fixtures.connection(org, user, provider);
        connections().add(connection);
        return connection;
    }

    @Test
    void finds_an_added_connection_with_every_field_and_its_scopes_in_order() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        Connection connection = newConnection(org, user, Provider.SPOTIFY);

        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(connection);
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).get().extracting(Connection::scopes)
                .isEqualTo(List.of("user-read-email", "playlist-modify-public", "app-remote-control"));
    }

    @Test
    void keeps_a_connection_without_refresh_token_expiry_or_scopes_that_needs_reconnecting() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        Instant now = Fixtures.instant();
        Connection bare = new Connection(ConnectionId.of(Fixtures.id(ConnectionId.PREFIX)), org.id(), user.id(),
                Provider.META, "acct-" + Fixtures.suffix(), List.of(), ConnectionStatus.NEEDS_RECONNECT,
                "v1:" + Fixtures.sha256Hex(), null, null, now, now, 1);
        connections().add(bare);

        assertThat(connections().find(org.id(), user.id(), Provider.META)).contains(bare);
    }

    @Test
    void rejects_a_second_connection_of_a_user_to_the_same_provider() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        Connection first = newConnection(org, user, Provider.SPOTIFY);

        Expect.domainError(ErrorCode.CONFLICT, () -> connections().add(Fixtures.connection(org, user,
                Provider.SPOTIFY)));
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(first);
        assertThat(connections().listFor(org.id(), user.id())).containsExactly(first);
    }

    @Test
    void keeps_the_connections_of_each_organization_and_user_apart() {
        Organization org = Stored.organization(ports());
        Organization other = Stored.organization(ports());
        User user = Stored.user(ports());
        User colleague = Stored.user(ports());
        Connection connection = newConnection(org, user, Provider.SPOTIFY);

        assertThat(connections().find(other.id(), user.id(), Provider.SPOTIFY)).isEmpty();
        assertThat(connections().find(org.id(), colleague.id(), Provider.SPOTIFY)).isEmpty();
        assertThat(connections().find(org.id(), user.id(), Provider.META)).isEmpty();
        Connection elsewhere = newConnection(other, user, Provider.SPOTIFY);
        Connection colleagues = newConnection(org, colleague, Provider.SPOTIFY);

        assertThat(connections().listFor(org.id(), user.id())).containsExactly(connection);
        assertThat(connections().listFor(other.id(), user.id())).containsExactly(elsewhere);
        assertThat(connections().listFor(org.id(), colleague.id())).containsExactly(colleagues);
        assertThat(connections().listFor(other.id(), colleague.id())).isEmpty();
    }

    @Test
    void lists_the_connections_of_a_user_in_the_order_of_the_providers() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        // added against the order of the providers, which is not the alphabetical one either
        Connection meta = newConnection(org, user, Provider.META);
        Connection spotify = newConnection(org, user, Provider.SPOTIFY);

        assertThat(connections().listFor(org.id(), user.id())).containsExactly(spotify, meta);
    }

    @Test
    void update_stores_each_change_and_answers_the_next_version() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        Connection connection = newConnection(org, user, Provider.SPOTIFY);

        Connection refreshed = connections().update(connection.refreshed(
                new Connection.Grant("v1:" + Fixtures.sha256Hex(), null, null, List.of()), Fixtures.instant()));
        assertThat(refreshed.version()).isEqualTo(connection.version() + 1);
        assertThat(refreshed.sealedRefreshToken()).isEqualTo(connection.sealedRefreshToken());
        assertThat(refreshed.expiresAt()).isNull();
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(refreshed);

        Connection refused = connections().update(refreshed.needsReconnect(Fixtures.instant()));
        assertThat(refused.version()).isEqualTo(connection.version() + 2);
        assertThat(refused.status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(refused);

        Instant again = Fixtures.instant();
        Connection regranted = connections().update(refused.regranted("acct-" + Fixtures.suffix(),
                new Connection.Grant("v1:" + Fixtures.sha256Hex(), "v1:" + Fixtures.sha256Hex(), again,
                        List.of("b", "a")), again));
        assertThat(regranted.version()).isEqualTo(connection.version() + 3);
        assertThat(regranted.id()).isEqualTo(connection.id());
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(regranted);
        assertThat(connections().listFor(org.id(), user.id())).containsExactly(regranted);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        Connection connection = newConnection(org, user, Provider.SPOTIFY);
        Connection current = connections().update(connection.needsReconnect(Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED,
                () -> connections().update(connection.refreshed(Fixtures.grant(Fixtures.instant()),
                        Fixtures.instant())));
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(current);
    }

    @Test
    void rejects_an_update_of_a_connection_that_does_not_exist() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());

        Expect.domainError(ErrorCode.NOT_FOUND,
                () -> connections().update(Fixtures.connection(org, user, Provider.SPOTIFY)));
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).isEmpty();
    }

    @Test
    void rejects_an_update_of_a_connection_removed_even_when_another_took_its_place() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        Connection removed = newConnection(org, user, Provider.SPOTIFY);
        connections().remove(org.id(), user.id(), Provider.SPOTIFY);

        Expect.domainError(ErrorCode.NOT_FOUND, () -> connections().update(removed.needsReconnect(
                Fixtures.instant())));
        Connection successor = newConnection(org, user, Provider.SPOTIFY);
        Expect.domainError(ErrorCode.NOT_FOUND, () -> connections().update(removed.needsReconnect(
                Fixtures.instant())));
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(successor);
    }

    @Test
    void rejects_an_update_of_a_connection_through_another_organization() {
        Organization org = Stored.organization(ports());
        Organization other = Stored.organization(ports());
        User user = Stored.user(ports());
        Connection connection = newConnection(org, user, Provider.SPOTIFY);
        Connection hijacked = new Connection(connection.id(), other.id(), user.id(), Provider.SPOTIFY,
                "acct-" + Fixtures.suffix(), List.of(), ConnectionStatus.ACTIVE, "v1:" + Fixtures.sha256Hex(), null,
                null, connection.connectedAt(), Fixtures.instant(), connection.version());

        Expect.domainError(ErrorCode.NOT_FOUND, () -> connections().update(hijacked));
        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(connection);
        assertThat(connections().find(other.id(), user.id(), Provider.SPOTIFY)).isEmpty();
    }

    @Test
    void an_update_inside_a_unit_of_work_that_rolls_back_keeps_the_stored_connection() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        Connection connection = newConnection(org, user, Provider.SPOTIFY);

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            connections().update(connection.needsReconnect(Fixtures.instant()));
            throw DomainException.conflict("rolled back");
        })).isInstanceOf(DomainException.class);

        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).contains(connection);
    }

    @Test
    void remove_answers_true_once_then_false_and_removes_only_that_provider_of_that_user() {
        Organization org = Stored.organization(ports());
        User user = Stored.user(ports());
        User colleague = Stored.user(ports());
        Connection meta = newConnection(org, user, Provider.META);
        newConnection(org, user, Provider.SPOTIFY);
        Connection colleagues = newConnection(org, colleague, Provider.SPOTIFY);

        assertThat(connections().remove(Stored.organization(ports()).id(), user.id(), Provider.SPOTIFY)).isFalse();
        assertThat(connections().remove(org.id(), user.id(), Provider.SPOTIFY)).isTrue();
        assertThat(connections().remove(org.id(), user.id(), Provider.SPOTIFY)).isFalse();

        assertThat(connections().find(org.id(), user.id(), Provider.SPOTIFY)).isEmpty();
        assertThat(connections().listFor(org.id(), user.id())).containsExactly(meta);
        assertThat(connections().listFor(org.id(), colleague.id())).containsExactly(colleagues);
    }

    @Test
    void removes_every_connection_of_a_user_in_one_organization_and_counts_them() {
        Organization org = Stored.organization(ports());
        Organization other = Stored.organization(ports());
        User user = Stored.user(ports());
        User colleague = Stored.user(ports());
        newConnection(org, user, Provider.SPOTIFY);
        newConnection(org, user, Provider.META);
        Connection elsewhere = newConnection(other, user, Provider.SPOTIFY);
        Connection colleagues = newConnection(org, colleague, Provider.META);

        assertThat(connections().removeAllOf(org.id(), user.id())).isEqualTo(2);

        assertThat(connections().listFor(org.id(), user.id())).isEmpty();
        assertThat(connections().find(org.id(), user.id(), Provider.META)).isEmpty();
        assertThat(connections().listFor(other.id(), user.id())).containsExactly(elsewhere);
        assertThat(connections().listFor(org.id(), colleague.id())).containsExactly(colleagues);
        assertThat(connections().removeAllOf(org.id(), user.id())).isZero();
        Connection again = newConnection(org, user, Provider.SPOTIFY);
        assertThat(connections().listFor(org.id(), user.id())).containsExactly(again);
    }
}
