package io.soundport.application.marketing;

import io.soundport.adapters.local.sandbox.SandboxAdsPlatform;
import io.soundport.application.identity.AuthSession;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.integrations.AddAudienceUsersCommand.Person;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.Role;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceSyncStatus;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class AudienceSyncWorkerTest {
    private static final String EUR = SandboxAdsPlatform.EUR_ACCOUNT;
    private final Core core = new Core();
    /** The Meta calls the syncs made, by method name; {@link #failing} makes the next such call fail once. */
    private final List<String> calls = new ArrayList<>();
    private String failing;
    private Caller owner;

    @BeforeEach
    void a_user_with_a_meta_connection_and_a_meta_that_records_its_calls() {
        AuthSession session = core.auth().register(RegisterCommand.of("ada@example.com", "correct horse battery",
                "Ada", "Analytical Records"), Origin.UNKNOWN);
        owner = Caller.member(session.organization().id(), session.user().id(), Role.OWNER);
        core.connect(owner, Provider.META);
        core.audienceAds = (AdsPlatform) Proxy.newProxyInstance(AdsPlatform.class.getClassLoader(),
                new Class<?>[]{AdsPlatform.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals(failing)) {
                        failing = null;
                        throw DomainException.integration("Meta answered 500");
                    }
                    try {
                        return method.invoke(core.metaAds, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private Audience withMembers(int count) {
        Audience audience = core.audiences().create(owner, CreateAudienceCommand.of("Fans", null, null, null));
        for (int from = 0; from < count; from += AddAudienceMembersCommand.MAX_PEOPLE) {
            List<Person> people = IntStream.range(from, Math.min(count, from + AddAudienceMembersCommand.MAX_PEOPLE))
                    .mapToObj(i -> new Person("fan" + i + "@example.com", null)).toList();
            audience = core.audiences().addMembers(owner, AddAudienceMembersCommand.of(audience.id(), people))
                    .audience();
        }
        return audience;
    }

    private Audience get(Audience audience) {
        return core.audiences().get(owner, audience.id());
    }

    @Test
    void a_custom_audience_is_created_on_meta_then_sent_in_requests_of_ten_thousand_with_its_progress() {
        Audience fans = withMembers(AdsPlatform.MAX_USERS_PER_REQUEST + 5);
        Audience started = core.audienceSync().start(owner, SyncAudienceCommand.of(fans.id(), EUR));
        assertThat(started.sync().status()).isEqualTo(AudienceSyncStatus.SYNCING);
        assertThat(started.sync().total()).isEqualTo(10_005);
        assertThat(started.sync().sent()).isZero();
        assertRejected(() -> core.audienceSync().start(owner, SyncAudienceCommand.of(fans.id(), null)),
                ErrorCode.CONFLICT);

        assertThat(core.audienceSyncWorker().runOnce("worker", 10)).isEqualTo(1);

        Audience synced = get(fans);
        assertThat(synced.sync().status()).isEqualTo(AudienceSyncStatus.SYNCED);
        assertThat(synced.sync().sent()).isEqualTo(10_005);
        assertThat(synced.sync().syncedAt()).isEqualTo(core.clock.now());
        assertThat(synced.sync().metaAudienceId()).isNotNull();
        assertThat(synced.sync().adAccountId().value()).isEqualTo(EUR);
        assertThat(calls).containsExactly("createCustomAudience", "addUsers", "addUsers");
        assertThat(core.audienceSyncWorker().runOnce("worker", 10)).as("nothing left queued").isZero();

        calls.clear();
        core.audienceSync().start(owner, SyncAudienceCommand.of(fans.id(), null));
        core.audienceSyncWorker().runOnce("worker", 10);
        assertThat(calls).as("synced again into the audience Meta has").containsExactly("addUsers", "addUsers");
        assertThat(get(fans).sync().metaAudienceId()).isEqualTo(synced.sync().metaAudienceId());
        assertRejected(() -> core.audienceSync().start(owner, SyncAudienceCommand.of(fans.id(), "act_1000000002")),
                ErrorCode.CONFLICT, "adAccountId");
    }

    @Test
    void a_sync_meta_failed_midway_resumes_after_the_last_request_sent_without_creating_the_audience_again() {
        Audience fans = withMembers(AdsPlatform.MAX_USERS_PER_REQUEST + 1);
        core.audienceSync().start(owner, SyncAudienceCommand.of(fans.id(), EUR));
        calls.add("start");
        failing = "addUsers";
        // the first request fails: nothing was sent
        core.audienceSyncWorker().runOnce("worker", 10);
        Audience waiting = get(fans);
        assertThat(waiting.sync().status()).isEqualTo(AudienceSyncStatus.SYNCING);
        assertThat(waiting.sync().sent()).isZero();
        assertThat(waiting.sync().metaAudienceId()).as("kept from the attempt that created it").isNotNull();

        core.clock.advance(Duration.ofMinutes(1));
        core.audienceSyncWorker().runOnce("worker", 10);
        assertThat(get(fans).sync().status()).isEqualTo(AudienceSyncStatus.SYNCED);
        assertThat(get(fans).sync().sent()).isEqualTo(10_001);
        assertThat(calls).containsExactly("start", "createCustomAudience", "addUsers", "addUsers", "addUsers");
    }

    @Test
    void meta_failing_three_times_fails_the_sync_with_the_reason_and_a_user_without_connection_is_told_to_connect() {
        Audience fans = withMembers(3);
        core.audienceSync().start(owner, SyncAudienceCommand.of(fans.id(), EUR));
        for (int attempt = 1; attempt <= 3; attempt++) {
            failing = "createCustomAudience";
            core.audienceSyncWorker().runOnce("worker", 10);
            core.clock.advance(Duration.ofMinutes(attempt));
        }
        Audience failed = get(fans);
        assertThat(failed.sync().status()).isEqualTo(AudienceSyncStatus.FAILED);
        assertThat(failed.sync().failureReason()).contains("Meta answered 500");
        assertThat(core.audienceSyncWorker().runOnce("worker", 10)).isZero();

        Caller colleague = core.colleague(owner, Role.ADMIN);
        assertThat(assertRejected(() -> core.audienceSync().start(colleague, SyncAudienceCommand.of(fans.id(), EUR)),
                ErrorCode.CONFLICT).getMessage()).containsIgnoringCase("connect");
        assertInvalid(() -> core.audienceSync().start(owner, SyncAudienceCommand.of(
                core.audiences().create(owner, CreateAudienceCommand.of("New", null, null, null)).id(), null)),
                "adAccountId");
        assertInvalid(() -> SyncAudienceCommand.of(fans.id(), "acct"), "adAccountId");
    }

    @Test
    void a_lookalike_waits_for_its_origin_on_meta_then_is_created_from_it_in_the_origins_account() {
        Audience fans = withMembers(2);
        Audience like = core.audiences().createLookalike(owner, CreateAudienceLookalikeCommand.of(fans.id(), "FR",
                new BigDecimal("0.02"), "Like fans"));
        assertThat(assertRejected(() -> core.audienceSync().start(owner, SyncAudienceCommand.of(like.id(), EUR)),
                ErrorCode.CONFLICT).getMessage()).contains("sync it first");

        core.audienceSync().start(owner, SyncAudienceCommand.of(fans.id(), EUR));
        core.audienceSyncWorker().runOnce("worker", 10);
        core.audienceSync().start(owner, SyncAudienceCommand.of(like.id(), null));
        core.audienceSyncWorker().runOnce("worker", 10);

        Audience synced = get(like);
        assertThat(synced.sync().status()).isEqualTo(AudienceSyncStatus.SYNCED);
        assertThat(synced.sync().adAccountId().value()).isEqualTo(EUR);
        assertThat(synced.sync().metaAudienceId()).isNotEqualTo(get(fans).sync().metaAudienceId()).isNotNull();
        assertThat(calls).containsExactly("createCustomAudience", "addUsers", "createLookalikeAudience");
    }
}
