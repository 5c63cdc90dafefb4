package io.soundport.application.webhooks;

import io.soundport.application.catalog.ReleaseService;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.application.shared.WorkOutcomes.Outcome;
import io.soundport.application.testing.Core;
import io.soundport.application.testing.RecordedOutcomes;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Role;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.webhooks.MessageStatus;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessages;
import io.soundport.domain.webhooks.WebhookTransport;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.soundport.application.testing.Core.aReleaseDraft;
import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From a change in the catalog to a signed POST at the receiver, with retries, failure, replay and rotation. */
class WebhookFlowTest {
    private static final String OWNER = "worker-1";

    /** A receiver that answers from a script (200 when the script is empty) and remembers every request. */
    static final class ScriptedReceiver implements WebhookTransport {
        /** {@code trace}: the trace the POST was made in. */
        record Request(String url, Map<String, String> headers, String body, String trace) {
        }

        final List<Request> requests = new ArrayList<>();
        final Deque<Result> script = new ArrayDeque<>();
        private final TraceContext trace;

        ScriptedReceiver(TraceContext trace) {
            this.trace = trace;
        }

        @Override
        public Result post(String url, Map<String, String> headers, byte[] body) {
            requests.add(new Request(url, Map.copyOf(headers), new String(body, StandardCharsets.UTF_8),
                    trace.current()));
            return script.isEmpty() ? new Result(200, 3, null) : script.poll();
        }
    }

    /** Reversible, and visibly not the plaintext: enough to see that only ciphertext is stored. */
    static final SecretCipher CIPHER = new SecretCipher() {
        @Override
        public String encrypt(String plaintext) {
            return "enc:" + new StringBuilder(plaintext).reverse();
        }

        @Override
        public String decrypt(String ciphertext) {
            return new StringBuilder(ciphertext.substring(4)).reverse().toString();
        }
    };

    static final OutboundUrlGuard GUARD = (url, field) -> {
        if (!url.startsWith("https://") || url.contains("127.0.0.1")) {
            throw DomainException.invalid(field, "must be https and not a private address");
        }
    };

    private final Core core = new Core();
    private final ScriptedReceiver receiver = new ScriptedReceiver(core.trace);
    private final RecordedOutcomes outcomes = new RecordedOutcomes();
    private final WebhookService webhooks = new WebhookService(core.store.transactions(), core.store.webhookEndpoints(),
            CIPHER, GUARD, core.ids, core.clock, core.audit);
    private final WebhookMessageService sent = new WebhookMessageService(core.store.transactions(),
            core.store.webhookEndpoints(), core.store.webhookMessages(), core.store.jobs(), core.events, core.clock, core.audit);
    private final OutboxDispatcher dispatcher = new OutboxDispatcher(core.store.transactions(), core.store.outbox(),
            core.store.webhookEndpoints(), core.store.webhookMessages(), core.store.jobs(), core.clock, List.of(),
            core.trace);
    private final WebhookDeliveryWorker worker = worker(RetrySchedule.parse("5s,30s"), 3);
    private final ReleaseService releases = core.releases();
    private final Caller admin = core.member(Role.ADMIN);

    private WebhookDeliveryWorker worker(RetrySchedule schedule, int disableAfter) {
        return new WebhookDeliveryWorker(core.store.transactions(), core.store.webhookEndpoints(),
                core.store.webhookMessages(), core.store.jobs(), receiver, CIPHER, schedule, disableAfter,
                WebhookDeliveryWorker.DEFAULT_LEASE, core.clock, outcomes, core.trace);
    }

    private CreatedEndpoint endpoint(String... events) {
        return webhooks.create(admin, CreateWebhookCommand.of("https://hooks.example.com/soundport", List.of(events),
                "test", null, webhooks.urlCheck()));
    }

    private List<WebhookMessage> messagesOf(WebhookEndpoint endpoint) {
        return sent.messages(admin, endpoint.id(), PageRequest.first(100)).items();
    }

    /** The due send jobs, claimed as another queue would hand them over. */
    private List<Job> claimedAs(String owner) {
        return core.store.jobs().claim(owner, Set.of(worker.type()), core.clock.now(),
                WebhookDeliveryWorker.DEFAULT_LEASE, 100);
    }

    private void deliverDue() {
        dispatcher.dispatchOnce(100);
        worker.runOnce(OWNER, 100);
    }

    @Test
    void an_event_reaches_each_subscribed_endpoint_once_signed_with_its_secret() throws Exception {
        CreatedEndpoint releasesOnly = endpoint("release.created");
        CreatedEndpoint everything = endpoint("*");
        CreatedEndpoint artistsOnly = endpoint("artist.updated");
        assertThat(releasesOnly.endpoint().secretCiphertext()).doesNotContain(releasesOnly.secret().substring(6));

        releases.ingest(admin, aReleaseDraft().build());
        deliverDue();

        List<ScriptedReceiver.Request> created = receiver.requests.stream()
                .filter(r -> r.body().contains("\"type\":\"release.created\"")).toList();
        assertThat(created).as("one per subscribed endpoint").hasSize(2);
        assertThat(messagesOf(artistsOnly.endpoint())).isEmpty();
        String messageId = messagesOf(releasesOnly.endpoint()).get(0).id().value();
        ScriptedReceiver.Request request = created.stream()
                .filter(r -> r.headers().get("webhook-id").equals(messageId)).findFirst().orElseThrow();
        assertThat(request.url()).isEqualTo("https://hooks.example.com/soundport");
        assertThat(request.body()).startsWith("{\"id\":\"evt_").contains("\"timestamp\":\"", "\"data\":{\"id\":\"rel_");
        String timestamp = request.headers().get("webhook-timestamp");
        assertThat(request.headers()).containsEntry("X-Webhook-Id", messageId).containsEntry("X-Webhook-Timestamp", timestamp);
        byte[] expected = hmac(releasesOnly.secret(), messageId + "." + timestamp + "." + request.body());
        assertThat(request.headers().get("webhook-signature")).isEqualTo("v1," + Base64.getEncoder().encodeToString(expected));
        assertThat(request.headers().get("X-Webhook-Signature")).isEqualTo("sha256=" + java.util.HexFormat.of().formatHex(expected));
        assertThat(messagesOf(releasesOnly.endpoint())).extracting(WebhookMessage::status).containsOnly(MessageStatus.SUCCEEDED);
        assertThat(everything.secret()).isNotEqualTo(releasesOnly.secret());
    }

    @Test
    void the_webhook_for_an_event_is_sent_in_the_trace_of_the_work_that_raised_it() {
        endpoint("release.created", "release.updated");
        String request = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        core.trace.as(request, () -> releases.ingest(admin, aReleaseDraft().build()));
        releases.ingest(admin, aReleaseDraft().build());
        deliverDue();

        assertThat(receiver.requests).extracting(ScriptedReceiver.Request::trace)
                .containsExactlyInAnyOrder(request, null);
        assertThat(core.trace.operations()).contains("dispatch release.created in " + request)
                .anySatisfy(op -> assertThat(op).startsWith("send webhook ").endsWith(" in " + request));
    }

    @Test
    void a_replay_is_sent_in_the_trace_of_the_request_that_asked_for_it() {
        CreatedEndpoint endpoint = endpoint("release.created");
        releases.ingest(admin, aReleaseDraft().build());
        deliverDue();
        WebhookMessage sentOnce = messagesOf(endpoint.endpoint()).get(0);
        String replayRequest = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

        core.trace.as(replayRequest, () -> sent.replay(admin, endpoint.endpoint().id(), sentOnce.id()));
        worker.runOnce(OWNER, 100);

        assertThat(receiver.requests).extracting(ScriptedReceiver.Request::trace).containsExactly(null, replayRequest);
    }

    @Test
    void the_endpoint_of_jobs_claimed_together_is_read_once_to_send_them() {
        endpoint("release.created");
        for (int i = 0; i < 5; i++) {
            releases.ingest(admin, aReleaseDraft().title("Release " + i).build());
        }
        dispatcher.dispatchOnce(100);
        // reads made to send, not those that record the attempts (inside transactions)
        ThreadLocal<Boolean> recording = ThreadLocal.withInitial(() -> false);
        TransactionRunner transactions = new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                recording.set(true);
                try {
                    return core.store.transactions().inTransaction(work);
                } finally {
                    recording.set(false);
                }
            }
        };
        AtomicInteger readsToSend = new AtomicInteger();
        WebhookEndpoints counted = (WebhookEndpoints) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{WebhookEndpoints.class}, (proxy, method, args) -> {
                    if ((method.getName().equals("find") || method.getName().equals("findAll")) && !recording.get()) {
                        readsToSend.incrementAndGet();
                    }
                    try {
                        return method.invoke(core.store.webhookEndpoints(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        WebhookDeliveryWorker counting = new WebhookDeliveryWorker(transactions, counted,
                core.store.webhookMessages(), core.store.jobs(), receiver, CIPHER, RetrySchedule.parse("5s"), 3,
                WebhookDeliveryWorker.DEFAULT_LEASE, core.clock, outcomes, core.trace);

        assertThat(counting.runOnce(OWNER, 100)).isEqualTo(5);

        assertThat(receiver.requests).hasSize(5);
        assertThat(readsToSend).as("one read of the endpoint for the five jobs of one claim").hasValue(1);
    }

    @Test
    void dispatching_an_event_twice_makes_no_second_message() {
        CreatedEndpoint endpoint = endpoint("release.created");
        releases.ingest(admin, aReleaseDraft().build());
        var event = core.pendingEvents("release.created", admin.organizationId()).get(0);
        dispatcher.dispatchOnce(100);
        // a second instance that read the same event before it was marked dispatched
        core.store.transactions().run(() -> {
            WebhookMessage again = WebhookMessage.pending(endpoint.endpoint(), event.id(), event.type(), "{}", core.clock.now());
            assertThat(core.store.webhookMessages().add(again)).isFalse();
        });

        assertThat(messagesOf(endpoint.endpoint())).hasSize(1);
    }

    @Test
    void a_failed_attempt_is_retried_along_the_schedule_and_then_succeeds() {
        CreatedEndpoint endpoint = endpoint("release.created");
        receiver.script.add(new WebhookTransport.Result(500, 12, null));
        releases.ingest(admin, aReleaseDraft().build());

        deliverDue();
        WebhookMessage afterFirst = messagesOf(endpoint.endpoint()).get(0);
        assertThat(afterFirst.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(afterFirst.attempts()).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).isEqualTo(500);
            assertThat(a.error()).contains("500");
        });
        assertThat(afterFirst.nextAttemptAt()).isBetween(core.clock.now().plusSeconds(3), core.clock.now().plusSeconds(7));

        worker.runOnce(OWNER, 100);
        assertThat(receiver.requests).as("not due yet").hasSize(1);

        core.clock.advance(Duration.ofSeconds(7));
        worker.runOnce(OWNER, 100);
        WebhookMessage done = messagesOf(endpoint.endpoint()).get(0);
        assertThat(done.status()).isEqualTo(MessageStatus.SUCCEEDED);
        assertThat(done.attempts()).extracting(a -> a.statusCode()).containsExactly(500, 200);
        assertThat(receiver.requests.get(0).headers().get("webhook-id"))
                .as("the same message id on every attempt").isEqualTo(receiver.requests.get(1).headers().get("webhook-id"));
        assertThat(receiver.requests.get(0).body()).isEqualTo(receiver.requests.get(1).body());
        assertThat(outcomes.attempts()).containsExactly(
                new RecordedOutcomes.Attempt("webhook", null, Outcome.FAILED_WILL_RETRY, Duration.ofMillis(12)),
                new RecordedOutcomes.Attempt("webhook", null, Outcome.DELIVERED, Duration.ofMillis(3)));
    }

    @Test
    void a_message_fails_after_the_last_attempt_and_a_replay_sends_it_again() {
        CreatedEndpoint endpoint = endpoint("release.created");
        for (int i = 0; i < 3; i++) {
            receiver.script.add(new WebhookTransport.Result(null, 10_000, "timed out after 10000 ms"));
        }
        releases.ingest(admin, aReleaseDraft().build());
        deliverDue();
        core.clock.advance(Duration.ofSeconds(7));
        worker.runOnce(OWNER, 100);
        core.clock.advance(Duration.ofSeconds(40));
        worker.runOnce(OWNER, 100);

        WebhookMessage failed = messagesOf(endpoint.endpoint()).get(0);
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.attempts()).hasSize(3).allSatisfy(a -> assertThat(a.error()).contains("timed out"));
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(outcomes.attempts()).extracting(RecordedOutcomes.Attempt::outcome)
                .containsExactly(Outcome.FAILED_WILL_RETRY, Outcome.FAILED_WILL_RETRY, Outcome.FAILED_FINAL);
        assertThat(webhooks.get(admin, endpoint.endpoint().id()).consecutiveFailures()).isEqualTo(1);

        sent.replay(admin, endpoint.endpoint().id(), failed.id());
        worker.runOnce(OWNER, 100);

        WebhookMessage replayed = messagesOf(endpoint.endpoint()).get(0);
        assertThat(replayed.status()).isEqualTo(MessageStatus.SUCCEEDED);
        assertThat(replayed.attempts()).hasSize(4);
        assertThat(webhooks.get(admin, endpoint.endpoint().id()).consecutiveFailures()).isZero();
    }

    @Test
    void jobs_claimed_elsewhere_are_sent_and_recorded_before_work_returns() {
        CreatedEndpoint endpoint = endpoint("release.created");
        releases.ingest(admin, aReleaseDraft().title("One").build());
        releases.ingest(admin, aReleaseDraft().title("Two").build());
        dispatcher.dispatchOnce(100);
        List<Job> claimed = claimedAs(OWNER);

        assertThat(worker.work(OWNER, claimed)).isEqualTo(2);

        assertThat(receiver.requests).hasSize(2);
        assertThat(messagesOf(endpoint.endpoint())).extracting(WebhookMessage::status)
                .containsOnly(MessageStatus.SUCCEEDED).hasSize(2);
        assertThat(claimed).allSatisfy(job -> assertThat(core.store.jobs().find(job.id())).isEmpty());
        assertThat(outcomes.attempts()).extracting(RecordedOutcomes.Attempt::outcome)
                .containsExactly(Outcome.DELIVERED, Outcome.DELIVERED);
    }

    @Test
    void work_throws_a_send_it_could_not_record_once_the_jobs_are_done_and_that_job_stays_held() {
        endpoint("release.created");
        releases.ingest(admin, aReleaseDraft().build());
        dispatcher.dispatchOnce(100);
        WebhookMessages unwritable = (WebhookMessages) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{WebhookMessages.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("update")) {
                        throw new IllegalStateException("the store refused the write");
                    }
                    try {
                        return method.invoke(core.store.webhookMessages(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        WebhookDeliveryWorker failing = new WebhookDeliveryWorker(core.store.transactions(),
                core.store.webhookEndpoints(), unwritable, core.store.jobs(), receiver, CIPHER,
                RetrySchedule.parse("5s"), 3, WebhookDeliveryWorker.DEFAULT_LEASE, core.clock, outcomes, core.trace);
        List<Job> claimed = claimedAs(OWNER);

        assertThatThrownBy(() -> failing.work(OWNER, claimed)).hasMessageContaining("the store refused the write");

        assertThat(receiver.requests).hasSize(1);
        assertThat(core.store.jobs().find(claimed.get(0).id())).hasValueSatisfying(job ->
                assertThat(job.leaseOwner()).isEqualTo(OWNER));
    }

    @Test
    void an_abandoned_job_fails_its_pending_message_with_the_reason_as_its_last_attempt_would() {
        CreatedEndpoint endpoint = endpoint("release.created");
        receiver.script.add(new WebhookTransport.Result(500, 12, null));
        releases.ingest(admin, aReleaseDraft().build());
        deliverDue();
        core.clock.advance(Duration.ofSeconds(7));
        Job dead = claimedAs("dead-letters").get(0);

        core.store.transactions().run(() -> worker.abandon(dead, "its worker died on it 5 times"));

        WebhookMessage failed = messagesOf(endpoint.endpoint()).get(0);
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.attempts()).extracting(a -> a.error())
                .containsExactly("the receiver answered 500", "its worker died on it 5 times");
        assertThat(receiver.requests).as("nothing sent again").hasSize(1);
        assertThat(webhooks.get(admin, endpoint.endpoint().id()).consecutiveFailures()).isEqualTo(1);
        assertThat(core.store.jobs().find(dead.id())).as("the queue's to drop, not the worker's").contains(dead);
        assertThat(sent.replay(admin, endpoint.endpoint().id(), failed.id()).status()).isEqualTo(MessageStatus.PENDING);
    }

    @Test
    void an_abandoned_job_that_fails_enough_messages_disables_their_endpoint() {
        WebhookDeliveryWorker impatient = worker(RetrySchedule.parse("5s"), 2);
        CreatedEndpoint endpoint = endpoint("release.created");
        releases.ingest(admin, aReleaseDraft().upc(null).build());
        releases.ingest(admin, aReleaseDraft().upc(null).build());
        dispatcher.dispatchOnce(100);

        List<Job> dead = claimedAs("dead-letters");
        core.store.transactions().run(() -> dead.forEach(job -> impatient.abandon(job, "its worker died on it")));

        WebhookEndpoint disabled = webhooks.get(admin, endpoint.endpoint().id());
        assertThat(disabled.active()).isFalse();
        assertThat(disabled.disabledReason()).contains("2 messages in a row failed");
    }

    @Test
    void an_abandoned_job_leaves_a_finished_message_alone() {
        CreatedEndpoint endpoint = endpoint("release.created");
        releases.ingest(admin, aReleaseDraft().build());
        dispatcher.dispatchOnce(100);
        List<Job> claimed = claimedAs(OWNER);
        worker.work(OWNER, claimed);
        WebhookMessage succeeded = messagesOf(endpoint.endpoint()).get(0);

        core.store.transactions().run(() -> worker.abandon(claimed.get(0), "its worker died on it 5 times"));

        assertThat(messagesOf(endpoint.endpoint())).containsExactly(succeeded);
        assertThat(webhooks.get(admin, endpoint.endpoint().id()).consecutiveFailures()).isZero();
    }

    @Test
    void an_endpoint_is_disabled_after_too_many_failed_messages_in_a_row_with_the_reason() {
        WebhookDeliveryWorker impatient = worker(RetrySchedule.parse(""), 2);
        CreatedEndpoint endpoint = endpoint("release.created");
        receiver.script.add(new WebhookTransport.Result(503, 5, null));
        receiver.script.add(new WebhookTransport.Result(503, 5, null));

        releases.ingest(admin, aReleaseDraft().upc(null).build());
        releases.ingest(admin, aReleaseDraft().upc(null).build());
        dispatcher.dispatchOnce(100);
        impatient.runOnce(OWNER, 100);

        WebhookEndpoint disabled = webhooks.get(admin, endpoint.endpoint().id());
        assertThat(disabled.active()).isFalse();
        assertThat(disabled.disabledReason()).contains("2 messages in a row failed");

        releases.ingest(admin, aReleaseDraft().upc(null).build());
        dispatcher.dispatchOnce(100);
        assertThat(messagesOf(endpoint.endpoint())).as("a disabled endpoint gets no new messages").hasSize(2);

        WebhookEndpoint again = webhooks.update(admin,
                UpdateWebhookCommand.of(endpoint.endpoint().id(), null, null, null, true, null, webhooks.urlCheck()));
        assertThat(again.active()).isTrue();
        assertThat(again.disabledReason()).isNull();
        assertThat(again.consecutiveFailures()).isZero();
    }

    @Test
    void after_a_rotation_both_secrets_sign_for_a_day_then_only_the_new_one() throws Exception {
        CreatedEndpoint endpoint = endpoint("*");
        CreatedEndpoint rotated = webhooks.rotateSecret(admin, endpoint.endpoint().id());
        assertThat(rotated.secret()).startsWith("whsec_").isNotEqualTo(endpoint.secret());

        sent.sendTest(admin, endpoint.endpoint().id());
        worker.runOnce(OWNER, 100);
        ScriptedReceiver.Request during = receiver.requests.get(0);
        String content = during.headers().get("webhook-id") + "." + during.headers().get("webhook-timestamp") + "." + during.body();
        assertThat(during.headers().get("webhook-signature").split(" ")).containsExactly(
                "v1," + Base64.getEncoder().encodeToString(hmac(rotated.secret(), content)),
                "v1," + Base64.getEncoder().encodeToString(hmac(endpoint.secret(), content)));

        core.clock.advance(Duration.ofHours(25));
        sent.sendTest(admin, endpoint.endpoint().id());
        worker.runOnce(OWNER, 100);
        assertThat(receiver.requests.get(1).headers().get("webhook-signature")).doesNotContain(" ");
    }

    @Test
    void registration_refuses_unsafe_urls_and_unknown_event_types_naming_the_fields() {
        assertInvalid(() -> webhooks.create(admin, CreateWebhookCommand.of("http://127.0.0.1:8080/hook",
                List.of("release.nope"), null, null, webhooks.urlCheck())), "url", "events");
        assertRejected(() -> webhooks.create(core.member(Role.MEMBER), CreateWebhookCommand.of(
                "https://hooks.example.com/x", List.of("*"), null, null, webhooks.urlCheck())),
                ErrorCode.AUTHORIZATION_ERROR);
    }

    @Test
    void the_service_guards_the_url_of_a_command_built_without_of() {
        CreatedEndpoint endpoint = endpoint("*");

        assertInvalid(() -> webhooks.create(admin,
                new CreateWebhookCommand("http://127.0.0.1:8080/hook", Set.of("*"), null, true)), "url");
        assertInvalid(() -> webhooks.update(admin, new UpdateWebhookCommand(endpoint.endpoint().id(),
                "http://127.0.0.1:8080/hook", null, null, null, null)), "url");
        assertThat(webhooks.get(admin, endpoint.endpoint().id()).url()).isEqualTo("https://hooks.example.com/soundport");
    }

    @Test
    void another_organization_cannot_see_or_touch_an_endpoint() {
        CreatedEndpoint endpoint = endpoint("*");
        Caller stranger = core.member(Role.OWNER);

        assertRejected(() -> webhooks.get(stranger, endpoint.endpoint().id()), ErrorCode.NOT_FOUND);
        assertRejected(() -> sent.sendTest(stranger, endpoint.endpoint().id()), ErrorCode.NOT_FOUND);
    }

    private static byte[] hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    }
}
