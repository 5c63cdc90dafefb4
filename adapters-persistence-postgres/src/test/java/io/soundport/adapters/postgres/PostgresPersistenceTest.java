package io.soundport.adapters.postgres;

import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.ArtistId;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Upc;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.RefreshToken;
import io.soundport.domain.identity.RefreshTokenId;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.soundport.adapters.postgres.TestData.T0;
import static io.soundport.adapters.postgres.TestData.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What only the PostgreSQL adapters can get wrong: constraints, keyset SQL, transactions and races. */
class PostgresPersistenceTest {
    private final PostgresPersistence db = TestDatabase.persistence();

    @Test
    void a_second_release_with_the_same_upc_in_one_organization_is_a_conflict_on_upc() {
        OrganizationId org = TestData.organization(db);
        Upc upc = Upc.of("036000291452");
        db.releases().add(TestData.release(org, "First", upc, T0));

        assertThatThrownBy(() -> db.releases().add(TestData.release(org, "Second", upc, T0)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("upc");
                });
        OrganizationId other = TestData.organization(db);
        db.releases().add(TestData.release(other, "Elsewhere", upc, T0));
    }

    @Test
    void a_second_user_with_the_same_email_is_a_conflict_on_email() {
        Email email = Email.of(id("usr").toLowerCase() + "@example.com");
        db.users().add(new User(UserId.of(id("usr")), email, "Ada", "hash", false, T0, T0, 1));

        assertThatThrownBy(() -> db.users().add(new User(UserId.of(id("usr")), email, "Bob", null, false, T0, T0, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("email");
                });
    }

    @Test
    void an_update_from_a_stale_version_is_refused_and_a_missing_row_is_not_found() {
        OrganizationId org = TestData.organization(db);
        Release draft = Release.draft(ReleaseId.of(id("rel")), org, "Blue", ArtistId.of(id("art")), null, "Label",
                LocalDate.of(2026, 5, 1), "Jazz", List.of(Territory.of("FR"), Territory.of("de")), T0);
        db.releases().add(draft);
        assertThat(db.releases().find(org, draft.id())).contains(draft);

        Release edited = db.releases().update(draft.edit("Bluer", draft.artistId(), null, "Label", null, null,
                List.of(Territory.WORLD), T0.plusSeconds(5)));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(db.releases().find(org, draft.id())).contains(edited);

        assertThatThrownBy(() -> db.releases().update(draft))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRECONDITION_FAILED));
        OrganizationId other = TestData.organization(db);
        Release foreign = new Release(edited.id(), other, "Theft", edited.artistId(), null, null, null, null,
                List.of(), edited.status(), T0, T0, edited.version());
        assertThatThrownBy(() -> db.releases().update(foreign))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(db.releases().find(other, edited.id())).isEmpty();
    }

    @Test
    void keyset_pages_walk_every_item_once_newest_first_even_with_equal_timestamps() {
        OrganizationId org = TestData.organization(db);
        List<Artist> added = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // three pairs share a creation instant; the id breaks the tie
            Artist artist = TestData.artist(org, "Artist " + i, T0.plusNanos((i / 2) * 1_000L));
            db.artists().add(artist);
            added.add(artist);
        }
        List<Artist> walked = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        int pages = 0;
        while (true) {
            Page<Artist> page = db.artists().list(org, null, request);
            walked.addAll(page.items());
            pages++;
            if (!page.hasMore()) {
                break;
            }
            request = new PageRequest(3, page.next());
        }
        assertThat(pages).isEqualTo(3);
        List<Artist> expected = new ArrayList<>(added);
        expected.sort((a, b) -> a.createdAt().equals(b.createdAt())
                ? b.id().value().compareTo(a.id().value()) : b.createdAt().compareTo(a.createdAt()));
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void title_filters_ignore_case_and_take_wildcards_literally() {
        OrganizationId org = TestData.organization(db);
        db.releases().add(TestData.release(org, "100% Pure", null, T0));
        db.releases().add(TestData.release(org, "1000 Nights", null, T0));
        db.releases().add(TestData.release(org, "snake_case", null, T0));
        db.releases().add(TestData.release(org, "snakeXcase", null, T0));

        assertThat(db.releases().list(org, new ReleaseFilter(null, null, "0%"), PageRequest.first(10)).items())
                .extracting(Release::title).containsExactly("100% Pure");
        assertThat(db.releases().list(org, new ReleaseFilter(null, null, "E_C"), PageRequest.first(10)).items())
                .extracting(Release::title).containsExactly("snake_case");
        assertThat(db.artists().findByName(org, "nobody")).isEmpty();
    }

    @Test
    void a_failing_transaction_leaves_neither_the_change_nor_its_event() {
        OrganizationId org = TestData.organization(db);
        Release release = TestData.release(org, "Rolled back", null, T0);
        PublishedEvent event = new PublishedEvent(id("evt"), "release.created", org.value(), release.id().value(),
                release.id().value(), T0,
                Map.of("title", "Rolled back"));

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.releases().add(release);
            db.transactions().run(() -> db.outbox().append(event));
            throw DomainException.conflict("the use case changed its mind");
        })).isInstanceOf(DomainException.class);

        assertThat(db.releases().find(org, release.id())).isEmpty();
        assertThat(db.outbox().pending(1000)).extracting(PublishedEvent::id).doesNotContain(event.id());
    }

    @Test
    void a_committed_transaction_stores_the_change_and_its_event_with_the_json_payload() {
        OrganizationId org = TestData.organization(db);
        Release release = TestData.release(org, "Committed", null, T0);
        Map<String, Object> data = Map.of("title", "Committed", "tracks", 3, "explicit", false,
                "territories", List.of("FR", "DE"), "label", Map.of("name", "Blue Note", "since", 1939));
        PublishedEvent event = new PublishedEvent(id("evt"), "release.created", org.value(), release.id().value(),
                release.id().value(), Instant.parse("2000-01-01T00:00:00Z"), data);

        db.transactions().run(() -> {
            db.releases().add(release);
            db.outbox().append(event);
        });

        assertThat(db.releases().find(org, release.id())).isPresent();
        List<PublishedEvent> pending = db.outbox().pending(1000);
        assertThat(pending).contains(event);
        db.outbox().markDispatched(List.of(event.id(), "evt_UNKNOWN"));
        assertThat(db.outbox().pending(1000)).extracting(PublishedEvent::id).doesNotContain(event.id());
    }

    @Test
    void of_concurrent_claims_of_one_idempotency_key_exactly_one_wins() throws Exception {
        String key = id("idem");
        List<Claim> claims = race(8, () -> db.idempotency().claim("org/usr", key, "fp", T0,
                T0.plus(Duration.ofHours(24))));

        assertThat(claims).filteredOn(Claim.Claimed.class::isInstance).hasSize(1);
        assertThat(claims).filteredOn(Claim.InProgress.class::isInstance).hasSize(7);
    }

    @Test
    void of_concurrent_uses_of_one_refresh_token_exactly_one_wins() throws Exception {
        OrganizationId org = TestData.organization(db);
        UserId user = UserId.of(id("usr"));
        db.users().add(new User(user, Email.of(user.value().toLowerCase() + "@example.com"), "Ada", "hash", true, T0,
                T0, 1));
        RefreshToken token = new RefreshToken(RefreshTokenId.of(id("rtk")), "fam-" + user, user, org,
                "hash-" + user, T0, T0.plus(Duration.ofDays(30)), RefreshToken.Status.ACTIVE);
        db.refreshTokens().add(token);

        List<Boolean> uses = race(8, () -> db.refreshTokens().markUsed(token.id()));

        assertThat(uses).containsOnlyOnce(true);
        assertThat(db.refreshTokens().findByHash(token.tokenHash())).get()
                .extracting(RefreshToken::status).isEqualTo(RefreshToken.Status.USED);
    }

    @Test
    void a_database_that_went_away_is_unavailable_not_a_driver_error() {
        TestDatabase.Connection c = TestDatabase.connection();
        PostgresPersistence gone = PostgresPersistence.start(c.url(), c.user(), c.password(), 1);
        assertThat(gone.isReachable()).isTrue();
        gone.close();

        assertThat(gone.isReachable()).isFalse();
        assertThatThrownBy(() -> gone.organizations().find(OrganizationId.of(id("org"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
        assertThatThrownBy(() -> gone.transactions().run(() -> { }))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
    }

    @Test
    void a_statement_that_outlives_the_statement_timeout_is_unavailable_within_the_bound() {
        TestDatabase.Connection c = TestDatabase.connection();
        try (PostgresPersistence bounded = PostgresPersistence.start(c.url(), c.user(), c.password(),
                new PostgresPersistence.Pool(2, Duration.ofSeconds(1), Duration.ofSeconds(1)))) {
            JdbiTransactionRunner statements = (JdbiTransactionRunner) bounded.transactions();
            String serverTimeout = statements.withHandle(h -> h.createQuery("SHOW statement_timeout")
                    .mapTo(String.class).one());
            assertThat(serverTimeout).as("the server cancels it and keeps the connection").isEqualTo("1s");
            long started = System.nanoTime();

            assertThatThrownBy(() -> statements.withHandle(h -> h.execute("SELECT pg_sleep(10)")))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            assertThat(bounded.isReachable()).as("the pool goes on").isTrue();
        }
    }

    @Test
    void waiting_for_a_connection_longer_than_the_connect_timeout_is_unavailable() throws Exception {
        TestDatabase.Connection c = TestDatabase.connection();
        try (PostgresPersistence bounded = PostgresPersistence.start(c.url(), c.user(), c.password(),
                new PostgresPersistence.Pool(1, Duration.ofMillis(500), Duration.ofSeconds(10)))) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> bounded.transactions().run(() -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            holder.start();
            holding.await();
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> bounded.organizations().find(OrganizationId.of(id("org"))))
                        .isInstanceOfSatisfying(DomainException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            } finally {
                release.countDown();
                holder.join();
            }
        }
    }

    private static <T> List<T> race(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
