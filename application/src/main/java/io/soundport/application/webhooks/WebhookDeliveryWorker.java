package io.soundport.application.webhooks;

import io.soundport.application.shared.RetrySchedule;
import io.soundport.application.shared.WorkOutcomes;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.SecretCipher;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.webhooks.MessageStatus;
import io.soundport.domain.webhooks.WebhookAttempt;
import io.soundport.domain.webhooks.WebhookEndpoint;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.soundport.domain.webhooks.WebhookMessages;
import io.soundport.domain.webhooks.WebhookTransport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends webhook messages: claims send jobs under a lease, signs and posts each message, records the attempt, and
 * then finishes the job (success, or failure after the last attempt) or reschedules it along the retry schedule.
 * Too many failed messages in a row disable the endpoint. Each job runs in the trace that queued it, so the POST
 * carries that trace to the receiver.
 */
public final class WebhookDeliveryWorker {
    /** How long a claimed job is ours by default: well beyond the transport's total timeout. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
    static final String TEST_EVENT = "webhook.test";

    private final TransactionRunner tx;
    private final WebhookEndpoints endpoints;
    private final WebhookMessages messages;
    private final Jobs jobs;
    private final WebhookTransport transport;
    private final SecretCipher cipher;
    private final RetrySchedule schedule;
    private final int disableAfter;
    private final Duration lease;
    private final Clock clock;
    private final WorkOutcomes outcomes;
    private final TraceContext trace;

    public WebhookDeliveryWorker(TransactionRunner tx, WebhookEndpoints endpoints, WebhookMessages messages, Jobs jobs,
                                 WebhookTransport transport, SecretCipher cipher, RetrySchedule schedule,
                                 int disableAfter, Clock clock) {
        this(tx, endpoints, messages, jobs, transport, cipher, schedule, disableAfter, DEFAULT_LEASE, clock);
    }

    /**
     * {@code lease} bounds how long a job stays with a worker that died: it must exceed the transport's total
     * timeout, or a slow send may be taken over and sent twice.
     */
    public WebhookDeliveryWorker(TransactionRunner tx, WebhookEndpoints endpoints, WebhookMessages messages, Jobs jobs,
                                 WebhookTransport transport, SecretCipher cipher, RetrySchedule schedule,
                                 int disableAfter, Duration lease, Clock clock) {
        this(tx, endpoints, messages, jobs, transport, cipher, schedule, disableAfter, lease, clock, WorkOutcomes.NONE,
                TraceContext.none());
    }

    /**
     * {@code outcomes} hears what each attempt came to, once it is recorded; each job is sent within the trace it
     * was queued in.
     */
    public WebhookDeliveryWorker(TransactionRunner tx, WebhookEndpoints endpoints, WebhookMessages messages, Jobs jobs,
                                 WebhookTransport transport, SecretCipher cipher, RetrySchedule schedule,
                                 int disableAfter, Duration lease, Clock clock, WorkOutcomes outcomes,
                                 TraceContext trace) {
        this.tx = tx;
        this.endpoints = endpoints;
        this.messages = messages;
        this.jobs = jobs;
        this.transport = transport;
        this.cipher = cipher;
        this.schedule = schedule;
        this.disableAfter = disableAfter;
        this.lease = lease;
        this.clock = clock;
        this.outcomes = outcomes;
        this.trace = trace;
    }

    /** Claims up to {@code batch} due send jobs for {@code owner} and works them; returns how many. */
    public int runOnce(String owner, int batch) {
        List<Job> claimed = jobs.claim(owner, Set.of(WebhookMessageService.SEND_JOB), clock.now(), lease, batch);
        for (Job job : claimed) {
            trace.run(job.traceParent(), "send webhook " + job.subjectId(), () -> send(owner, job));
        }
        return claimed.size();
    }

    private void send(String owner, Job job) {
        OrganizationId org = OrganizationId.of(job.organizationId());
        Optional<WebhookMessage> found = messages.find(org, WebhookMessageId.of(job.subjectId()));
        if (found.isEmpty() || found.get().status() != MessageStatus.PENDING) {
            jobs.complete(job.id(), owner);
            return;
        }
        WebhookMessage message = found.get();
        WebhookEndpoint endpoint = endpoints.find(org, message.endpointId()).orElse(null);
        // a disabled endpoint still gets the test event its owner asks for, to see whether it works again
        boolean deliverable = endpoint != null && (endpoint.active() || message.eventType().equals(TEST_EVENT));
        Instant started = clock.now();
        WebhookTransport.Result result = deliverable
                ? transport.post(endpoint.url(), headers(endpoint, message, started),
                        message.body().getBytes(StandardCharsets.UTF_8))
                : new WebhookTransport.Result(null, 0,
                        endpoint == null ? "the endpoint was deleted" : "the endpoint is disabled");
        record(owner, job, message, deliverable, result, started);
    }

    private void record(String owner, Job job, WebhookMessage message, boolean retryable,
                        WebhookTransport.Result result, Instant started) {
        Instant now = clock.now();
        int number = message.attempts().size() + 1;
        WebhookAttempt attempt = new WebhookAttempt(number, started, result.statusCode(), result.latencyMs(),
                result.succeeded() ? null : describe(result));
        Duration delay = result.succeeded() || !retryable ? null : schedule.after(number);
        Instant retryAt = delay == null ? null : now.plus(delay);
        MessageStatus status = tx.inTransaction(() -> {
            WebhookMessage current = messages.find(message.organizationId(), message.id()).orElse(message);
            WebhookMessage updated = messages.update(current.attempted(attempt, retryAt, now));
            if (updated.status() == MessageStatus.PENDING) {
                jobs.reschedule(job.id(), owner, retryAt);
                return updated.status();
            }
            jobs.complete(job.id(), owner);
            endpoints.find(message.organizationId(), message.endpointId()).ifPresent(endpoint -> {
                WebhookEndpoint changed = updated.status() == MessageStatus.SUCCEEDED ? endpoint.messageSucceeded(now)
                        : endpoint.messageFailed(disableAfter, now);
                if (changed != endpoint) {
                    endpoints.update(changed);
                }
            });
            return updated.status();
        });
        outcomes.webhookAttempt(switch (status) {
            case SUCCEEDED -> WorkOutcomes.Outcome.DELIVERED;
            case PENDING -> WorkOutcomes.Outcome.FAILED_WILL_RETRY;
            case FAILED -> WorkOutcomes.Outcome.FAILED_FINAL;
        }, Duration.ofMillis(result.latencyMs()));
    }

    private Map<String, String> headers(WebhookEndpoint endpoint, WebhookMessage message, Instant now) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(cipher.decrypt(endpoint.secretCiphertext()));
        if (endpoint.previousSecretSigningAt(now)) {
            secrets.add(cipher.decrypt(endpoint.previousSecretCiphertext()));
        }
        return WebhookSigner.headers(message.id().value(), now.getEpochSecond(), message.body(), secrets);
    }

    private static String describe(WebhookTransport.Result result) {
        if (result.error() != null) {
            return result.error();
        }
        return "the receiver answered " + result.statusCode();
    }
}
