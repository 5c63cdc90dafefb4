package io.soundport.application.marketing;

import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.JobHandler;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignMetrics;
import io.soundport.domain.marketing.CampaignStatus;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps running campaigns measured and over when they are over. Every {@code interval}, {@link #sweep} queues one
 * {@value #MEASURE_JOB} job per ACTIVE or PAUSED campaign, named after the campaign and the interval it falls in,
 * so that several instances sweeping queue it once. A job ({@link #work}) reads the lifetime insights of a campaign
 * running on Meta (through the member's connection that launched it), keeps its recent days for campaign analytics
 * ({@link CampaignReadings}) and raises {@code metrics.updated}, then
 * {@code budget.warning} at 80 % of the budget and {@code goal.reached} the first time each happens; a campaign
 * whose budget is spent or whose end date has passed is paused on Meta and COMPLETED ({@code campaign.completed}).
 * A campaign measured already in this interval is left alone. Meta busy or failing is tried again
 * {@value #RETRY_MINUTES} minutes later, up to {@value #ATTEMPTS} times; a connection gone or refused skips the
 * reading (the end date still completes the campaign).
 */
public final class CampaignMonitor implements JobHandler {
    public static final String MEASURE_JOB = "campaign.measure";
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int SWEEP_BATCH = 100;
    static final int ATTEMPTS = 3;
    static final int RETRY_MINUTES = 5;

    private final TransactionRunner tx;
    private final Campaigns campaigns;
    private final Jobs jobs;
    private final CampaignReadings meta;
    private final EventRecorder recorder;
    private final Clock clock;
    private final TraceContext trace;
    private final Duration interval;

    public CampaignMonitor(TransactionRunner tx, Campaigns campaigns, Jobs jobs, CampaignReadings meta,
                           EventRecorder recorder, Clock clock, TraceContext trace, Duration interval) {
        this.tx = tx;
        this.campaigns = campaigns;
        this.jobs = jobs;
        this.meta = meta;
        this.recorder = recorder;
        this.clock = clock;
        this.trace = trace;
        if (interval == null || interval.toSeconds() < 1) {
            throw new IllegalArgumentException("the campaign insights interval is at least a second");
        }
        this.interval = interval;
    }

    /** Queues a measure job for every running campaign, once per interval; answers how many it queued. */
    public int sweep() {
        Instant now = clock.now();
        long period = now.getEpochSecond() / interval.toSeconds();
        int queued = 0;
        String after = null;
        List<Campaign> batch;
        do {
            batch = campaigns.running(after, SWEEP_BATCH);
            List<Job> due = batch.stream().map(c -> Job.due("cmm_" + c.id().value() + "_" + period, MEASURE_JOB,
                    c.organizationId().value(), c.id().value(), now)).toList();
            if (!due.isEmpty()) {
                tx.run(() -> jobs.enqueueAll(due));
                after = batch.get(batch.size() - 1).id().value();
            }
            queued += due.size();
        } while (batch.size() == SWEEP_BATCH);
        return queued;
    }

    /** Claims up to {@code batch} due measure jobs for {@code owner} and works them; returns how many. */
    public int runOnce(String owner, int batch) {
        return work(owner, jobs.claim(owner, Set.of(MEASURE_JOB), clock.now(), LEASE, batch));
    }

    @Override
    public String type() {
        return MEASURE_JOB;
    }

    @Override
    public int work(String owner, List<Job> claimed) {
        for (Job job : claimed) {
            trace.run(job.traceParent(), "campaign measure " + job.subjectId(), () -> measure(owner, job));
        }
        return claimed.size();
    }

    /** Nothing to show: the next interval measures the campaign again. */
    @Override
    public void abandon(Job job, String reason) {
    }

    private void measure(String owner, Job job) {
        Instant now = clock.now();
        Optional<Campaign> found = campaigns.find(OrganizationId.of(job.organizationId()),
                CampaignId.of(job.subjectId()));
        if (found.isEmpty() || !found.get().status().isRunning() || measuredSince(found.get(), now)) {
            tx.run(() -> jobs.complete(job.id(), owner));
            return;
        }
        Campaign current = found.get();
        CampaignMetrics reading = null;
        if (current.meta() != null) {
            try {
                reading = meta.read(current, now);
            } catch (DomainException e) {
                if (retryable(e) && job.attempts() < ATTEMPTS) {
                    tx.run(() -> jobs.reschedule(job.id(), owner, now.plus(Duration.ofMinutes(RETRY_MINUTES))));
                    return;
                }
            }
        }
        Outcome planned = Outcome.of(current, reading, now);
        if (planned.over() != null && current.meta() != null && current.status() == CampaignStatus.ACTIVE) {
            pauseOnMeta(current);
        }
        CampaignMetrics read = reading;
        tx.run(() -> {
            // the campaign as it is now: its member may have changed it while Meta answered
            Campaign fresh = campaigns.find(current.organizationId(), current.id()).orElse(null);
            if (fresh != null && fresh.status().isRunning()) {
                record(Outcome.of(fresh, read, now), read != null, now);
            }
            jobs.complete(job.id(), owner);
        });
    }

    /** What a reading (null: none) does to a running campaign: its new state, and whether and why it is over. */
    private record Outcome(Campaign.Measured measured, Campaign.Completion over) {
        static Outcome of(Campaign campaign, CampaignMetrics reading, Instant now) {
            Campaign.Measured measured = reading == null ? new Campaign.Measured(campaign, Set.of())
                    : campaign.measured(reading, now);
            Campaign.Completion over = measured.milestones().contains(Campaign.Milestone.BUDGET_SPENT)
                    ? Campaign.Completion.BUDGET_SPENT : measured.campaign().overOn(today(now));
            return new Outcome(measured, over);
        }
    }

    private void record(Outcome outcome, boolean read, Instant now) {
        Campaign next = outcome.measured().campaign();
        Campaign stored = campaigns.update(outcome.over() == null ? next : next.complete(now));
        OrganizationId org = stored.organizationId();
        Set<Campaign.Milestone> crossed = outcome.measured().milestones();
        if (read) {
            recorder.record(stored.metricsUpdated(recorder.meta(org)));
        }
        if (crossed.contains(Campaign.Milestone.BUDGET_WARNING)) {
            recorder.record(stored.budgetWarning(recorder.meta(org)));
        }
        if (crossed.contains(Campaign.Milestone.GOAL_REACHED)) {
            recorder.record(stored.goalReachedEvent(recorder.meta(org)));
        }
        if (outcome.over() != null) {
            recorder.record(stored.completed(recorder.meta(org), outcome.over()));
        }
    }

    /** Stops the spending on Meta; a campaign Meta no longer lets us pause is completed here all the same. */
    private void pauseOnMeta(Campaign campaign) {
        try {
            meta.pause(campaign);
        } catch (DomainException e) {
            if (retryable(e)) {
                throw e;
            }
        }
    }

    /** Whether the campaign was read from Meta in the interval {@code now} falls in. */
    private boolean measuredSince(Campaign campaign, Instant now) {
        Instant asOf = campaign.metrics().asOf();
        long start = now.getEpochSecond() / interval.toSeconds() * interval.toSeconds();
        return asOf != null && !asOf.isBefore(Instant.ofEpochSecond(start));
    }

    private static boolean retryable(DomainException e) {
        return e.code() == ErrorCode.SERVICE_UNAVAILABLE || e.code() == ErrorCode.INTEGRATION_ERROR;
    }

    private static LocalDate today(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
