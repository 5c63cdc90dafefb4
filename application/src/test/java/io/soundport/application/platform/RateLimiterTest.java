package io.soundport.application.platform;

import io.soundport.application.platform.RateLimiter.Client;
import io.soundport.application.platform.RateLimiter.Decision;
import io.soundport.application.platform.RateLimiter.Limit;
import io.soundport.application.platform.RateLimiter.Settings;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.ApiKeyId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.port.RateLimitStore;
import io.soundport.domain.port.RateLimitStore.WindowCounts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {
    private final Core core = new Core();
    private final RateLimiter limiter = limiter(Settings.DEFAULTS);

    @Test
    void a_free_organization_gets_100_requests_an_hour_then_429_with_a_sane_wait() {
        OrganizationId org = organization(Tier.FREE);
        for (int i = 1; i <= 100; i++) {
            Decision decision = decide(limiter, org);
            assertThat(decision.admitted()).as("request %d", i).isTrue();
            assertThat(decision.limit()).isEqualTo(100);
            assertThat(decision.remaining()).isEqualTo(100 - i);
        }
        Decision refused = decide(limiter, org);

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.kind()).isEqualTo(Limit.ORGANIZATION);
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofHours(2));
        assertThat(refused.resetAt()).isAfter(core.clock.now())
                .isBeforeOrEqualTo(core.clock.now().plus(refused.retryAfter()));
        assertThat(limiter.rejections(Limit.ORGANIZATION)).isEqualTo(1);
    }

    @Test
    void a_window_boundary_does_not_let_twice_the_limit_through() {
        OrganizationId org = organization(Tier.FREE);
        Instant nextHour = RateLimitStore.windowStart(core.clock.now(), Duration.ofHours(1)).plus(Duration.ofHours(1));
        core.clock.set(nextHour.minusSeconds(60));
        int admitted = 0;
        for (int i = 0; i < 150; i++) {
            admitted += decide(limiter, org).admitted() ? 1 : 0;
        }
        core.clock.set(nextHour.plusSeconds(60));
        for (int i = 0; i < 150; i++) {
            admitted += decide(limiter, org).admitted() ? 1 : 0;
        }

        assertThat(admitted).as("two minutes across the hour's boundary").isBetween(100, 105);
    }

    @Test
    void a_refused_client_waits_the_time_it_was_told_and_is_refused_locally_until_then() {
        OrganizationId org = organization(Tier.FREE);
        for (int i = 0; i < 100; i++) {
            decide(limiter, org);
        }
        Decision refused = decide(limiter, org);
        long counted = sharedCount(org);

        for (int i = 0; i < 20; i++) {
            assertThat(limiter.evaluate(Client.of(org, null)).tryDecide()).hasValueSatisfying(
                    d -> assertThat(d.admitted()).isFalse());
        }
        assertThat(sharedCount(org)).as("refusals do not reach the store").isEqualTo(counted);

        core.clock.advance(refused.retryAfter());
        assertThat(decide(limiter, org).admitted()).isTrue();
    }

    @Test
    void quota_is_reserved_in_batches_so_most_requests_do_not_reach_the_store() {
        OrganizationId org = organization(Tier.ENTERPRISE);
        assertThat(limiter.evaluate(Client.of(org, null)).tryDecide())
                .as("the organization is not cached yet").isEmpty();

        assertThat(limiter.evaluate(Client.of(org, null)).decide().admitted()).isTrue();
        assertThat(sharedCount(org)).isEqualTo(50);
        for (int i = 0; i < 49; i++) {
            assertThat(limiter.evaluate(Client.of(org, null)).tryDecide()).isPresent();
        }
        assertThat(sharedCount(org)).isEqualTo(50);
        assertThat(limiter.evaluate(Client.of(org, null)).tryDecide()).as("the batch is spent").isEmpty();
        core.clock.advance(Duration.ofSeconds(2)); // the batch lasted more than a second: the next is no larger
        Decision next = limiter.evaluate(Client.of(org, null)).decide();
        assertThat(next.admitted()).isTrue();
        assertThat(next.remaining()).isEqualTo(100_000 - 51);
        assertThat(sharedCount(org)).isEqualTo(100);
    }

    @Test
    void a_busy_client_gets_larger_batches_up_to_a_fiftieth_of_the_limit_and_smaller_ones_once_it_slows() {
        OrganizationId org = organization(Tier.ENTERPRISE);
        long before = 0;
        List<Long> reservations = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(decide(limiter, org).admitted()).isTrue();
            long counted = sharedCount(org);
            if (counted != before) {
                reservations.add(counted - before);
                before = counted;
            }
        }
        // all within one second of the fake clock: each batch doubles, up to 100,000 / 50
        assertThat(reservations).startsWith(50L, 100L, 200L, 400L, 800L, 1_600L, 2_000L);
        assertThat(reservations).allMatch(amount -> amount <= 2_000);

        spendWhatIsHeld(org);
        core.clock.advance(Duration.ofMinutes(2));
        decide(limiter, org);
        assertThat(sharedCount(org) - before).as("after a quiet two minutes").isEqualTo(1_000);
    }

    @Test
    void given_an_executor_the_next_batch_is_reserved_ahead_and_a_steady_client_never_finds_its_allowance_empty() {
        Queue<Runnable> background = new ArrayDeque<>();
        RateLimiter ahead = new RateLimiter(core.authenticator, core.store.rateLimits(), core.clock,
                Settings.DEFAULTS, background::add);
        OrganizationId org = organization(Tier.ENTERPRISE);
        assertThat(ahead.evaluate(Client.of(org, null)).decide().admitted()).isTrue();
        assertThat(sharedCount(org)).isEqualTo(50);

        for (int i = 1; i < 1_000; i++) {
            core.clock.advance(Duration.ofMillis(4)); // 250 requests a second, for 4 s (the organization stays cached)
            assertThat(ahead.evaluate(Client.of(org, null)).tryDecide()).as("request %d", i + 1)
                    .hasValueSatisfying(d -> assertThat(d.admitted()).isTrue());
            Runnable reservation = background.poll();
            if (reservation != null) {
                reservation.run();
            }
        }
        assertThat(sharedCount(org)).as("all reserved ahead, none far beyond what was spent")
                .isBetween(1_000L, 1_000L + 2 * RateLimiter.maxBatchOf(100_000));
        assertThat(ahead.evaluate(Client.of(org, null)).tryDecide().orElseThrow().remaining())
                .isEqualTo(100_000 - 1_001);
    }

    @Test
    void while_the_store_is_down_the_quota_held_is_spent_and_then_the_failure_is_the_callers() {
        Queue<Runnable> background = new ArrayDeque<>();
        AtomicBoolean down = new AtomicBoolean();
        RateLimitStore shared = core.store.rateLimits();
        RateLimitStore flaky = new RateLimitStore() {
            @Override
            public WindowCounts add(String key, Instant windowStart, Duration window, long amount) {
                if (down.get()) {
                    throw new IllegalStateException("store unavailable");
                }
                return shared.add(key, windowStart, window, amount);
            }

            @Override
            public WindowCounts peek(String key, Instant windowStart, Duration window) {
                return shared.peek(key, windowStart, window);
            }

            @Override
            public void clear(String key) {
                shared.clear(key);
            }
        };
        RateLimiter ahead = new RateLimiter(core.authenticator, flaky, core.clock, Settings.DEFAULTS, background::add);
        OrganizationId org = organization(Tier.ENTERPRISE);
        assertThat(ahead.evaluate(Client.of(org, null)).decide().admitted()).isTrue();
        down.set(true);
        int admitted = 1;
        while (ahead.evaluate(Client.of(org, null)).tryDecide().isPresent()) {
            admitted++;
            Runnable reservation = background.poll();
            if (reservation != null) {
                reservation.run(); // fails: nothing reserved, nothing lost
            }
        }

        assertThat(admitted).as("the batch held, spent in full").isEqualTo(50);
        assertThat(sharedCount(org)).isEqualTo(50);
        assertThatThrownBy(() -> ahead.evaluate(Client.of(org, null)).decide())
                .isInstanceOf(IllegalStateException.class);

        down.set(false);
        assertThat(ahead.evaluate(Client.of(org, null)).decide().admitted()).isTrue();
        assertThat(sharedCount(org)).isGreaterThan(50);
    }

    @Test
    void a_caller_that_must_not_wait_is_not_held_up_by_a_reservation_in_progress() throws Exception {
        CountDownLatch inStore = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RateLimitStore shared = core.store.rateLimits();
        RateLimitStore slow = new RateLimitStore() {
            @Override
            public WindowCounts add(String key, Instant windowStart, Duration window, long amount) {
                inStore.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return shared.add(key, windowStart, window, amount);
            }

            @Override
            public WindowCounts peek(String key, Instant windowStart, Duration window) {
                return shared.peek(key, windowStart, window);
            }

            @Override
            public void clear(String key) {
                shared.clear(key);
            }
        };
        RateLimiter onSlowStore = new RateLimiter(core.authenticator, slow, core.clock, Settings.DEFAULTS);
        OrganizationId org = organization(Tier.FREE);
        core.authenticator.organization(org);
        Thread reserving = new Thread(() -> onSlowStore.evaluate(Client.of(org, null)).decide());
        reserving.start();
        inStore.await();

        long started = System.nanoTime();
        assertThat(onSlowStore.evaluate(Client.of(org, null)).tryDecide()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

        release.countDown();
        reserving.join();
        assertThat(onSlowStore.evaluate(Client.of(org, null)).tryDecide()).as("the reserved batch")
                .hasValueSatisfying(d -> assertThat(d.admitted()).isTrue());
    }

    @Test
    void a_caller_that_waited_for_a_reservation_that_failed_fails_with_it_instead_of_trying_the_store_again()
            throws Exception {
        // during a database outage each store call takes the whole statement timeout: a caller that waited for one
        // and then made its own would answer only after both (12 s for a 5 s bound, seen in DatabaseOutageTest)
        CountDownLatch inStore = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        RateLimitStore failing = new RateLimitStore() {
            @Override
            public WindowCounts add(String key, Instant windowStart, Duration window, long amount) {
                calls.incrementAndGet();
                inStore.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("store unavailable");
            }

            @Override
            public WindowCounts peek(String key, Instant windowStart, Duration window) {
                throw new IllegalStateException("store unavailable");
            }

            @Override
            public void clear(String key) {
            }
        };
        RateLimiter onFailingStore = new RateLimiter(core.authenticator, failing, core.clock, Settings.DEFAULTS);
        OrganizationId org = organization(Tier.FREE);
        core.authenticator.organization(org);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable call = () -> {
            try {
                onFailingStore.evaluate(Client.of(org, null)).decide();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        };
        Thread reserving = new Thread(call);
        reserving.start();
        inStore.await();
        Thread waiting = new Thread(call);
        waiting.start();
        while (waiting.getState() != Thread.State.WAITING) {
            Thread.sleep(5); // until it waits for the reservation in progress
        }

        release.countDown();
        reserving.join(5_000);
        waiting.join(5_000);

        assertThat(failures).hasSize(2).allSatisfy(e -> assertThat(e).hasMessage("store unavailable"));
        assertThat(calls).as("one store call for both callers").hasValue(1);
        assertThatThrownBy(() -> onFailingStore.evaluate(Client.of(org, null)).decide())
                .as("a later caller tries the store again").hasMessage("store unavailable");
        assertThat(calls).hasValue(2);
    }

    @Test
    void two_instances_on_one_store_share_the_limit_within_their_batches() {
        RateLimiter other = limiter(Settings.DEFAULTS);
        OrganizationId org = organization(Tier.STARTER);
        int admitted = 0;
        for (int i = 0; i < 1_500; i++) {
            admitted += decide(i % 3 == 0 ? other : limiter, org).admitted() ? 1 : 0;
        }

        assertThat(admitted).isLessThanOrEqualTo(1_000)
                .isGreaterThanOrEqualTo(1_000 - 2 * (int) RateLimiter.batchOf(1_000));
    }

    @Test
    void an_api_key_has_its_own_limit_besides_its_organizations() {
        RateLimiter limited = limiter(new Settings(true, Map.of(), 10, 1_000));
        OrganizationId org = organization(Tier.PROFESSIONAL);
        ApiKeyId key = ApiKeyId.generate(core.ids);
        for (int i = 0; i < 10; i++) {
            assertThat(decide(limited, Client.of(org, key)).admitted()).isTrue();
        }
        Decision refused = decide(limited, Client.of(org, key));

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.kind()).isEqualTo(Limit.API_KEY);
        assertThat(decide(limited, Client.of(org, ApiKeyId.generate(core.ids))).admitted())
                .as("another key of the organization").isTrue();
        assertThat(decide(limited, Client.of(org, null)).admitted()).as("a member of the organization").isTrue();
    }

    @Test
    void calls_without_credentials_are_limited_per_client_address() {
        RateLimiter limited = limiter(new Settings(true, Map.of(), 0, 5));
        for (int i = 0; i < 5; i++) {
            assertThat(decide(limited, Client.anonymous("203.0.113.7")).admitted()).isTrue();
        }

        Decision refused = decide(limited, Client.anonymous("203.0.113.7"));
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.kind()).isEqualTo(Limit.CLIENT_ADDRESS);
        assertThat(decide(limited, Client.anonymous("203.0.113.8")).admitted()).isTrue();
    }

    @Test
    void a_new_tier_applies_once_the_organization_is_read_again() {
        OrganizationId org = organization(Tier.FREE);
        for (int i = 0; i < 100; i++) {
            decide(limiter, org);
        }
        assertThat(decide(limiter, org).admitted()).isFalse();

        Organization stored = core.store.organizations().find(org).orElseThrow();
        core.store.organizations().update(stored.withTier(Tier.STARTER, core.clock.now()));
        core.authenticator.forgetOrganization(org);

        Decision upgraded = decide(limiter, org);
        assertThat(upgraded.admitted()).isTrue();
        assertThat(upgraded.limit()).isEqualTo(1_000);
    }

    @Test
    void turned_off_it_admits_everything_and_counts_nothing() {
        RateLimiter off = limiter(new Settings(false, Map.of(), 0, 1_000));
        OrganizationId org = organization(Tier.FREE);
        for (int i = 0; i < 500; i++) {
            assertThat(off.evaluate(Client.of(org, null)).tryDecide()).hasValueSatisfying(
                    d -> assertThat(d.admitted()).isTrue());
        }
        assertThat(sharedCount(org)).isZero();
    }

    @Test
    void settings_refuse_a_limit_below_one_and_keep_the_tiers_they_are_not_given() {
        Settings settings = new Settings(true, Map.of(Tier.FREE, 5), 0, 10);
        assertThat(settings.tierLimits()).containsEntry(Tier.FREE, 5).containsEntry(Tier.ENTERPRISE, 100_000);
        assertThatThrownBy(() -> new Settings(true, Map.of(Tier.FREE, 0), 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private RateLimiter limiter(Settings settings) {
        return new RateLimiter(core.authenticator, core.store.rateLimits(), core.clock, settings);
    }

    private Decision decide(RateLimiter on, OrganizationId org) {
        return decide(on, Client.of(org, null));
    }

    private Decision decide(RateLimiter on, Client client) {
        RateLimiter.Evaluation evaluation = on.evaluate(client);
        return evaluation.tryDecide().orElseGet(evaluation::decide);
    }

    private void spendWhatIsHeld(OrganizationId org) {
        while (limiter.evaluate(Client.of(org, null)).tryDecide().isPresent()) {
            // spends the tokens this instance holds, without reserving more
        }
    }

    private OrganizationId organization(Tier tier) {
        OrganizationId id = OrganizationId.generate(core.ids);
        core.store.organizations().add(Organization.create(id, "Label", core.clock.now()).withTier(tier,
                core.clock.now()));
        return id;
    }

    private long sharedCount(OrganizationId org) {
        return new OrganizationUsage(core.store.rateLimits(), core.clock).requestsThisHour(org);
    }
}
