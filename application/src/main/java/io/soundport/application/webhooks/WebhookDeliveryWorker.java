package io.soundport.application.webhooks;

import io.soundport.application.shared.JobHandler;
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
import io.soundport.domain.webhooks.WebhookEndpointId;
import io.soundport.domain.webhooks.WebhookEndpoints;
import io.soundport.domain.webhooks.WebhookMessage;
import io.soundport.domain.webhooks.WebhookMessageId;
import io.soundport.domain.webhooks.WebhookMessages;
import io.soundport.domain.webhooks.WebhookTransport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends webhook messages: claims send jobs under a lease, signs and posts each message, records the attempt, and
 * then finishes the job (success, or failure after the last attempt) or reschedules it along the retry schedule.
 * Too many failed messages in a row disable the endpoint. Each job runs in the trace that queued it, so the POST
 * carries that trace to the receiver.
 *
 * <p>Sends run concurrently on a pool of {@link Concurrency#total()} threads, at most
 * {@link Concurrency#perEndpoint()} at once to one endpoint (the order of one endpoint's messages is not promised),
 * so a slow receiver holds only its own share. A job whose endpoint is at its bound waits in that endpoint's lane.
 * While other endpoints have jobs here too, one lane holds at most {@link Concurrency#total()} jobs, half the room;
 * beyond that, or once half its lease has gone by while waiting, the job is given back to the queue, due
 * {@link #GIVE_BACK_DELAY} later: behind the jobs of other endpoints queued meanwhile,
 * and never with a lease running out on a job that was never sent. A job given back keeps its place in this
 * worker's room until it is due again, so that claiming does not spin on an endpoint at its bound, and a claim that
 * finds nothing while a job is being prepared or given back waits for that rather than for the next poll.
 * Finished sends are recorded in batches: one transaction records the attempts of up to {@value #RECORD_BATCH}
 * messages, reschedules the jobs that will be retried, completes the finished ones in one call
 * ({@link Jobs#completeAll}) and updates each endpoint touched once. A batch that fails is recorded again message by
 * message, so one bad record costs only its own job (which runs again once its lease ran out).
 *
 * <p>A message whose job its queue gave up on fails with the queue's reason, and counts against its endpoint as a
 * message failed for good.
 */
public final class WebhookDeliveryWorker implements JobHandler, AutoCloseable {
    /** How long a claimed job is ours by default: well beyond the transport's total timeout. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
    static final String TEST_EVENT = "webhook.test";
    /** How many sent messages one transaction records at most. */
    static final int RECORD_BATCH = 50;
    /** When a job given back without being sent (its endpoint's lane was full) is due again. */
    static final Duration GIVE_BACK_DELAY = Duration.ofMillis(200);

    /**
     * How many sends run at once: {@code total} on this instance, {@code perEndpoint} of them to any one endpoint.
     * Up to twice {@code total} jobs are held at a time (sending, waiting in a lane or being recorded).
     */
    public record Concurrency(int total, int perEndpoint) {
        /** One send at a time, in the order claimed. */
        public static final Concurrency SEQUENTIAL = new Concurrency(1, 1);

        public Concurrency {
            if (total < 1 || perEndpoint < 1) {
                throw new IllegalArgumentException("total and perEndpoint must be at least 1");
            }
            if (perEndpoint > total) {
                throw new IllegalArgumentException("perEndpoint must not exceed total");
            }
        }
    }

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
    private final Concurrency concurrency;
    private final ExecutorService pool;
    private final ScheduledExecutorService givenBack;
    /**
     * Jobs claimed whose fate is not settled yet: being prepared, or given back and not due again. A claim that finds
     * nothing while some are waits for them to settle ({@link #settling} counts each), rather than for the next poll.
     */
    private final Object settling = new Object();
    private int unsettled;
    private long settled;
    /** Room for jobs held by {@link #sendAvailable}: claimed and not yet recorded. */
    private final Semaphore room;
    private final Map<EndpointKey, Lane> lanes = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Sent> toRecord = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean recording = new AtomicBoolean();
    /** The first failure of a send since the last claim, thrown by the next one so the caller sees it. */
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

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
     * was queued in. Sends run one at a time.
     */
    public WebhookDeliveryWorker(TransactionRunner tx, WebhookEndpoints endpoints, WebhookMessages messages, Jobs jobs,
                                 WebhookTransport transport, SecretCipher cipher, RetrySchedule schedule,
                                 int disableAfter, Duration lease, Clock clock, WorkOutcomes outcomes,
                                 TraceContext trace) {
        this(tx, endpoints, messages, jobs, transport, cipher, schedule, disableAfter, lease, clock, outcomes, trace,
                Concurrency.SEQUENTIAL);
    }

    /**
     * Sends run on a pool of {@code concurrency.total()} daemon threads, which {@link #close()} stops. The lease must
     * exceed twice the transport's total timeout: a job may wait up to half of it in its endpoint's lane.
     */
    public WebhookDeliveryWorker(TransactionRunner tx, WebhookEndpoints endpoints, WebhookMessages messages, Jobs jobs,
                                 WebhookTransport transport, SecretCipher cipher, RetrySchedule schedule,
                                 int disableAfter, Duration lease, Clock clock, WorkOutcomes outcomes,
                                 TraceContext trace, Concurrency concurrency) {
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
        this.concurrency = concurrency;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(concurrency.total(), work -> {
            Thread thread = new Thread(work, "soundport-webhook-send-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.room = new Semaphore(2 * concurrency.total());
        this.givenBack = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "soundport-webhook-give-back");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Claims up to {@code batch} due send jobs for {@code owner}, works them and waits until every one is recorded;
     * returns how many.
     */
    public int runOnce(String owner, int batch) {
        rethrowFailure();
        return work(owner, jobs.claim(owner, Set.of(WebhookMessageService.SEND_JOB), clock.now(), lease, batch));
    }

    @Override
    public String type() {
        return WebhookMessageService.SEND_JOB;
    }

    /**
     * Works jobs claimed elsewhere as {@link #runOnce} works those it claims, and waits until every one is recorded;
     * a failure of a send, of these or of an earlier one, is thrown then: not before, as these jobs are already held.
     */
    @Override
    public int work(String owner, List<Job> claimed) {
        CountDownLatch finished = new CountDownLatch(claimed.size());
        Claim claim = claimOf(claimed);
        claimed.forEach(job -> start(owner, job, claim, finished::countDown));
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rethrowFailure();
        return claimed.size();
    }

    /**
     * A message still PENDING fails with the reason, as after its last attempt (which carries the reason), and its
     * endpoint counts a message failed for good. No attempt outcome is told: none was made, and the caller's
     * transaction may still roll back.
     */
    @Override
    public void abandon(Job job, String reason) {
        OrganizationId org = OrganizationId.of(job.organizationId());
        trace.run(job.traceParent(), "abandon webhook " + job.subjectId(), () -> messages
                .find(org, WebhookMessageId.of(job.subjectId()))
                .filter(message -> message.status() == MessageStatus.PENDING)
                .ifPresent(message -> failAbandoned(message, reason)));
    }

    private void failAbandoned(WebhookMessage message, String reason) {
        Instant now = clock.now();
        messages.update(message.attempted(new WebhookAttempt(message.attempts().size() + 1, now, null, 0, reason),
                null, now));
        endpoints.find(message.organizationId(), message.endpointId())
                .ifPresent(endpoint -> endpoints.update(endpoint.messageFailed(disableAfter, now)));
    }

    /**
     * Waits until there is room for another job, claims up to {@code batch} as room allows and starts sending them,
     * without waiting for the sends; returns how many it claimed (0 also when interrupted). A failure of an earlier
     * send is thrown here.
     */
    public int sendAvailable(String owner, int batch) {
        rethrowFailure();
        try {
            while (true) {
                room.acquire();
                long settledBefore;
                synchronized (settling) {
                    settledBefore = settled;
                }
                int taken = 1;
                while (taken < batch && room.tryAcquire()) {
                    taken++;
                }
                List<Job> claimed;
                try {
                    claimed = jobs.claim(owner, Set.of(WebhookMessageService.SEND_JOB), clock.now(), lease, taken);
                } catch (RuntimeException e) {
                    room.release(taken);
                    throw e;
                }
                room.release(taken - claimed.size());
                Claim claim = claimOf(claimed);
                claimed.forEach(job -> start(owner, job, claim, room::release));
                if (!claimed.isEmpty()) {
                    return claimed.size();
                }
                synchronized (settling) {
                    if (settled == settledBefore) {
                        if (unsettled == 0) {
                            return 0;
                        }
                        settling.wait(2 * GIVE_BACK_DELAY.toMillis());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Lets the sends in flight finish (up to {@code timeout}), then stops the pool. */
    public void close(Duration timeout) {
        givenBack.shutdown();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(15));
    }

    /**
     * The claim of these jobs, with what they need read in one go per organization: their messages, then those
     * messages' endpoints. When a read fails, each job reads its own.
     */
    private Claim claimOf(List<Job> claimed) {
        Claim claim = new Claim();
        try {
            byOrganization(claimed, job -> OrganizationId.of(job.organizationId()),
                    job -> WebhookMessageId.of(job.subjectId())).forEach((org, ids) -> {
                Map<WebhookMessageId, WebhookMessage> found = messages.findAll(org, ids);
                ids.forEach(id -> claim.messages.put(id, Optional.ofNullable(found.get(id))));
                Set<WebhookEndpointId> endpointIds = new HashSet<>();
                found.values().forEach(message -> endpointIds.add(message.endpointId()));
                Map<WebhookEndpointId, WebhookEndpoint> read = endpoints.findAll(org, endpointIds);
                endpointIds.forEach(id -> claim.endpoints.put(new EndpointKey(org, id),
                        Optional.ofNullable(read.get(id))));
            });
        } catch (RuntimeException e) {
            return new Claim();
        }
        return claim;
    }

    private void rethrowFailure() {
        RuntimeException failed = failure.getAndSet(null);
        if (failed != null) {
            throw failed;
        }
    }

    private void start(String owner, Job job, Claim claim, Runnable done) {
        Task task = new Task(owner, job, claim, done);
        unsettle(task);
        execute(task, this::prepare);
    }

    private void unsettle(Task task) {
        if (task.unsettled.compareAndSet(false, true)) {
            synchronized (settling) {
                unsettled++;
            }
        }
    }

    private void settle(Task task) {
        if (task.unsettled.compareAndSet(true, false)) {
            synchronized (settling) {
                unsettled--;
                settled++;
                settling.notifyAll();
            }
        }
    }

    /** Runs a step of a task on the pool, in the task's trace; a failure releases the task. */
    private void execute(Task task, Consumer<Task> step) {
        try {
            pool.execute(() -> {
                try {
                    trace.run(task.job.traceParent(), "send webhook " + task.job.subjectId(), () -> step.accept(task));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    settle(task);
                    task.done.run();
                }
            });
        } catch (RejectedExecutionException e) {
            // stopping: the job stays leased and runs again once its lease ran out
            settle(task);
            task.done.run();
        }
    }

    private void prepare(Task task) {
        Job job = task.job;
        OrganizationId org = OrganizationId.of(job.organizationId());
        Optional<WebhookMessage> found = task.claim.message(org, WebhookMessageId.of(job.subjectId()), messages);
        if (found.isEmpty() || found.get().status() != MessageStatus.PENDING) {
            jobs.complete(job.id(), task.owner);
            settle(task);
            task.done.run();
            return;
        }
        task.message = found.get();
        task.endpoint = task.claim.endpoint(new EndpointKey(org, task.message.endpointId()), endpoints).orElse(null);
        // a disabled endpoint still gets the test event its owner asks for, to see whether it works again
        task.deliverable = task.endpoint != null
                && (task.endpoint.active() || task.message.eventType().equals(TEST_EVENT));
        if (!task.deliverable) {
            settle(task);
            finished(task, clock.now(), new WebhookTransport.Result(null, 0,
                    task.endpoint == null ? "the endpoint was deleted" : "the endpoint is disabled"));
            return;
        }
        EndpointKey key = new EndpointKey(org, task.message.endpointId());
        AtomicReference<Admission> admission = new AtomicReference<>();
        lanes.compute(key, (k, lane) -> {
            Lane held = lane == null ? new Lane() : lane;
            boolean shared = lanes.size() > 1;
            admission.set(held.admit(task, concurrency.perEndpoint(), shared ? concurrency.total() : Integer.MAX_VALUE));
            return held;
        });
        if (admission.get() == Admission.FULL) {
            giveBack(task);
            return;
        }
        settle(task);
        if (admission.get() == Admission.SEND) {
            send(task);
        }
    }

    private void send(Task task) {
        try {
            Instant started = clock.now();
            WebhookTransport.Result result = transport.post(task.endpoint.url(),
                    headers(task.claim, task.endpoint, task.message, started),
                    task.message.body().getBytes(StandardCharsets.UTF_8));
            finished(task, started, result);
        } finally {
            Task next = leaveLane(new EndpointKey(task.message.organizationId(), task.message.endpointId()));
            if (next != null) {
                execute(next, this::sendIfLeaseAllows);
            }
        }
    }

    /** A job that waited in its lane is sent only while half its lease is still ahead. */
    private void sendIfLeaseAllows(Task task) {
        if (clock.now().isAfter(task.job.leaseUntil().minus(lease.dividedBy(2)))) {
            Task next = leaveLane(new EndpointKey(task.message.organizationId(), task.message.endpointId()));
            if (next != null) {
                execute(next, this::sendIfLeaseAllows);
            }
            giveBack(task);
            return;
        }
        send(task);
    }

    /** Frees a place in the endpoint's lane; returns the task that takes it, if one was waiting. */
    private Task leaveLane(EndpointKey key) {
        AtomicReference<Task> next = new AtomicReference<>();
        lanes.computeIfPresent(key, (k, lane) -> {
            next.set(lane.leave());
            return lane.idle() ? null : lane;
        });
        return next.get();
    }

    /** Gives the job back, due a moment later; its place here is freed (and a claim woken) once it is due. */
    private void giveBack(Task task) {
        unsettle(task);
        boolean rescheduled = false;
        try {
            jobs.reschedule(task.job.id(), task.owner, clock.now().plus(GIVE_BACK_DELAY));
            rescheduled = true;
        } finally {
            Runnable release = () -> {
                task.done.run();
                settle(task);
            };
            if (rescheduled) {
                try {
                    // a little after it is due, as the store may round times
                    givenBack.schedule(release, GIVE_BACK_DELAY.toMillis() + 10, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    release.run();
                }
            } else {
                release.run();
            }
        }
    }

    private void finished(Task task, Instant started, WebhookTransport.Result result) {
        toRecord.add(new Sent(task, started, result, clock.now()));
        recordWaiting();
    }

    /**
     * Whoever finds sent messages waiting and nobody recording records them, in batches, until none are left; the
     * sends that finish meanwhile gather into the next batch.
     */
    private void recordWaiting() {
        while (!toRecord.isEmpty() && recording.compareAndSet(false, true)) {
            try {
                List<Sent> batch = new ArrayList<>(RECORD_BATCH);
                Set<WebhookMessageId> ids = new HashSet<>();
                Sent next;
                // a message twice in one batch would read its own stale attempts: it waits for the next batch
                while (batch.size() < RECORD_BATCH && (next = toRecord.peek()) != null
                        && ids.add(next.task.message.id())) {
                    batch.add(toRecord.poll());
                }
                recordBatch(batch);
            } finally {
                recording.set(false);
            }
        }
    }

    private void recordBatch(List<Sent> batch) {
        try {
            report(batch, tx.inTransaction(() -> record(batch)));
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                failure.compareAndSet(null, batchFailed);
            } else {
                for (Sent sent : batch) {
                    try {
                        report(List.of(sent), tx.inTransaction(() -> record(List.of(sent))));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }
        } finally {
            batch.forEach(sent -> sent.task.done.run());
        }
    }

    /**
     * Records the attempts of a batch in the current transaction: the messages as they are now are read in one go
     * per organization and stored with their attempts in one; returns each message's status.
     */
    private List<MessageStatus> record(List<Sent> batch) {
        Map<WebhookMessageId, WebhookMessage> current = new HashMap<>();
        byOrganization(batch, sent -> sent.task.message.organizationId(), sent -> sent.task.message.id())
                .forEach((org, ids) -> current.putAll(messages.findAll(org, ids)));
        List<WebhookMessage> attempted = new ArrayList<>(batch.size());
        List<Instant> retries = new ArrayList<>(batch.size());
        for (Sent sent : batch) {
            Task task = sent.task;
            WebhookTransport.Result result = sent.result;
            WebhookMessage message = current.getOrDefault(task.message.id(), task.message);
            int number = message.attempts().size() + 1;
            WebhookAttempt attempt = new WebhookAttempt(number, sent.started, result.statusCode(), result.latencyMs(),
                    result.succeeded() ? null : describe(result));
            Duration delay = result.succeeded() || !task.deliverable ? null : schedule.after(number);
            Instant retryAt = delay == null ? null : sent.at.plus(delay);
            attempted.add(message.attempted(attempt, retryAt, sent.at));
            retries.add(retryAt);
        }
        List<WebhookMessage> stored = messages.updateAll(attempted);
        Map<EndpointKey, WebhookEndpoint> read = endpointsOfFinished(stored);
        List<MessageStatus> statuses = new ArrayList<>(batch.size());
        Map<String, List<String>> finishedByOwner = new LinkedHashMap<>();
        Map<EndpointKey, WebhookEndpoint> changed = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Sent sent = batch.get(i);
            Task task = sent.task;
            WebhookMessage message = task.message;
            WebhookMessage updated = stored.get(i);
            statuses.add(updated.status());
            if (updated.status() == MessageStatus.PENDING) {
                jobs.reschedule(task.job.id(), task.owner, retries.get(i));
                continue;
            }
            finishedByOwner.computeIfAbsent(task.owner, o -> new ArrayList<>()).add(task.job.id());
            EndpointKey key = new EndpointKey(message.organizationId(), message.endpointId());
            WebhookEndpoint endpoint = changed.containsKey(key) ? changed.get(key) : read.get(key);
            if (endpoint != null) {
                WebhookEndpoint next = updated.status() == MessageStatus.SUCCEEDED
                        ? endpoint.messageSucceeded(sent.at) : endpoint.messageFailed(disableAfter, sent.at);
                if (next != endpoint) {
                    changed.put(key, next);
                }
            }
        }
        finishedByOwner.forEach((owner, jobIds) -> jobs.completeAll(jobIds, owner));
        changed.values().forEach(endpoints::update);
        return statuses;
    }

    /** The endpoints of the messages that are finished (succeeded or failed for good), read in one go per organization. */
    private Map<EndpointKey, WebhookEndpoint> endpointsOfFinished(List<WebhookMessage> stored) {
        List<WebhookMessage> finished = stored.stream().filter(m -> m.status() != MessageStatus.PENDING).toList();
        Map<EndpointKey, WebhookEndpoint> read = new HashMap<>();
        byOrganization(finished, WebhookMessage::organizationId, WebhookMessage::endpointId)
                .forEach((org, ids) -> endpoints.findAll(org, ids)
                        .forEach((id, endpoint) -> read.put(new EndpointKey(org, id), endpoint)));
        return read;
    }

    /** The keys of {@code items}, each once, by organization: what one batch read per organization looks up. */
    private static <T, K> Map<OrganizationId, Set<K>> byOrganization(Collection<T> items,
                                                                      Function<T, OrganizationId> organization,
                                                                      Function<T, K> key) {
        Map<OrganizationId, Set<K>> grouped = new LinkedHashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(organization.apply(item), org -> new LinkedHashSet<>()).add(key.apply(item));
        }
        return grouped;
    }

    private void report(List<Sent> batch, List<MessageStatus> statuses) {
        for (int i = 0; i < batch.size(); i++) {
            outcomes.webhookAttempt(switch (statuses.get(i)) {
                case SUCCEEDED -> WorkOutcomes.Outcome.DELIVERED;
                case PENDING -> WorkOutcomes.Outcome.FAILED_WILL_RETRY;
                case FAILED -> WorkOutcomes.Outcome.FAILED_FINAL;
            }, Duration.ofMillis(batch.get(i).result.latencyMs()));
        }
    }

    private Map<String, String> headers(Claim claim, WebhookEndpoint endpoint, WebhookMessage message, Instant now) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(claim.secret(endpoint.secretCiphertext(), cipher));
        if (endpoint.previousSecretSigningAt(now)) {
            secrets.add(claim.secret(endpoint.previousSecretCiphertext(), cipher));
        }
        return WebhookSigner.headers(message.id().value(), now.getEpochSecond(), message.body(), secrets);
    }

    private static String describe(WebhookTransport.Result result) {
        if (result.error() != null) {
            return result.error();
        }
        return "the receiver answered " + result.statusCode();
    }

    private record EndpointKey(OrganizationId organization, WebhookEndpointId endpoint) {
    }

    /**
     * The jobs claimed together. Their messages are read in one go at the claim, and their endpoints once for all of
     * them (most messages of a claim go to the same few endpoints), as are the endpoints' signing secrets, as of the
     * claim: a job given back is claimed again later, with reads of its own.
     */
    private static final class Claim {
        private final Map<WebhookMessageId, Optional<WebhookMessage>> messages = new ConcurrentHashMap<>();
        private final Map<EndpointKey, Optional<WebhookEndpoint>> endpoints = new ConcurrentHashMap<>();
        private final Map<String, String> secrets = new ConcurrentHashMap<>();

        /** The message as read at the claim, or read now when the claim could not read it. */
        Optional<WebhookMessage> message(OrganizationId org, WebhookMessageId id, WebhookMessages store) {
            Optional<WebhookMessage> read = messages.get(id);
            return read != null ? read : store.find(org, id);
        }

        Optional<WebhookEndpoint> endpoint(EndpointKey key, WebhookEndpoints store) {
            return endpoints.computeIfAbsent(key, k -> store.find(k.organization(), k.endpoint()));
        }

        String secret(String ciphertext, SecretCipher cipher) {
            return secrets.computeIfAbsent(ciphertext, cipher::decrypt);
        }
    }

    /** A claimed job on its way; {@code done} runs once when it no longer holds a place. */
    private static final class Task {
        final String owner;
        final Job job;
        final Claim claim;
        final Runnable done;
        final AtomicBoolean unsettled = new AtomicBoolean();
        WebhookMessage message;
        WebhookEndpoint endpoint;
        boolean deliverable;

        Task(String owner, Job job, Claim claim, Runnable done) {
            this.owner = owner;
            this.job = job;
            this.claim = claim;
            AtomicBoolean released = new AtomicBoolean();
            this.done = () -> {
                if (released.compareAndSet(false, true)) {
                    done.run();
                }
            };
        }
    }

    private record Sent(Task task, Instant started, WebhookTransport.Result result, Instant at) {
    }

    private enum Admission { SEND, WAIT, FULL }

    /** The sends to one endpoint: how many are in flight, and the tasks waiting for a place. Used under the map's lock. */
    private static final class Lane {
        private final ArrayDeque<Task> waiting = new ArrayDeque<>();
        private int sending;

        /** {@code bound} sends at once; {@code holding} jobs at most, those sending included. */
        Admission admit(Task task, int bound, int holding) {
            if (sending < bound) {
                sending++;
                return Admission.SEND;
            }
            if (sending + waiting.size() < holding) {
                waiting.add(task);
                return Admission.WAIT;
            }
            return Admission.FULL;
        }

        /** The waiting task that takes the place freed, or null (and the place is free). */
        Task leave() {
            Task next = waiting.poll();
            if (next == null) {
                sending--;
            }
            return next;
        }

        boolean idle() {
            return sending == 0 && waiting.isEmpty();
        }
    }
}
