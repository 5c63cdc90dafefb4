package io.soundport.application.marketing;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignEvent;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.CampaignPlan;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Changes to a campaign once created: its plan (PATCH, which may also archive it), launching it and pausing it.
 * A campaign that names a Meta ad account runs on Meta: its first launch creates it there, ACTIVE, through the
 * launching member's Meta connection (CONFLICT without one), and from then on pausing, resuming and a new budget
 * are done there too, through that member's connection, before they are stored. Meta is called outside any unit of
 * work ({@link #prepareLaunch}, {@link #preparePause}), so that the answer of an idempotent request never waits on
 * the network inside one; a campaign without an ad account runs here only.
 */
public final class CampaignChanges {
    private static final String RESOURCE = CampaignService.RESOURCE;
    private final TransactionRunner tx;
    private final Campaigns campaigns;
    private final CampaignReferences references;
    private final CampaignsOnMeta meta;
    private final EventRecorder recorder;
    private final Clock clock;
    private final AuditRecorder audit;

    public CampaignChanges(TransactionRunner tx, Campaigns campaigns, CampaignReferences references,
                           CampaignsOnMeta meta, EventRecorder recorder, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.campaigns = campaigns;
        this.references = references;
        this.meta = meta;
        this.recorder = recorder;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Changes the given fields, within the campaign's rules, and archives it when asked; a new budget of a campaign
     * running on Meta is set there first.
     */
    public Campaign update(Caller caller, UpdateCampaignCommand command) {
        caller.require(Permission.WRITE);
        Campaign current = load(caller, command.id());
        Versions.check(command.expectedVersion(), current.version(), RESOURCE + " " + command.id().value());
        Instant now = clock.now();
        Campaign next = applied(caller, command, current, now);
        if (next == current) {
            return current;
        }
        if (next.meta() != null && next.status().isRunning() && budgetChanged(current.plan(), next.plan())) {
            meta.setBudget(next);
        }
        // read again: the monitor may have stored new metrics while Meta answered
        return tx.inTransaction(() -> {
            Campaign fresh = load(caller, command.id());
            Versions.check(command.expectedVersion(), fresh.version(), RESOURCE + " " + command.id().value());
            Campaign stored = campaigns.update(applied(caller, command, fresh, now));
            recorder.record(stored.updated(recorder.meta(caller.organizationId())));
            audit.record(caller, "campaign.updated", stored.id().value());
            return stored;
        });
    }

    /** The campaign as the command leaves it, by the campaign's rules; itself when the command changes nothing. */
    private Campaign applied(Caller caller, UpdateCampaignCommand command, Campaign current, Instant now) {
        Campaign next = current;
        if (command.changesPlan()) {
            CampaignPlan plan = command.over(current.plan());
            if (!plan.promotes().equals(current.plan().promotes())) {
                references.check(caller.organizationId(), plan);
            } else if (!plan.audienceIds().equals(current.plan().audienceIds())) {
                references.checkAudiences(caller.organizationId(), plan.audienceIds());
            }
            next = current.change(plan, now);
        }
        return command.archive() ? next.archive(now) : next;
    }

    /**
     * Checks that the campaign may be launched (DRAFT or PAUSED, not past its end date nor its budget) and, when it
     * names an ad account, creates it on Meta (first launch) or resumes it there; {@link #launch} stores it.
     */
    public PreparedRun prepareLaunch(Caller caller, LaunchCampaignCommand command) {
        caller.require(Permission.WRITE);
        Campaign current = load(caller, command.id());
        Versions.check(command.expectedVersion(), current.version(), RESOURCE + " " + command.id().value());
        current.launch(today(), clock.now());
        if (current.plan().adAccountId() != null) {
            Campaign onMeta = current.meta() != null ? current : createdOnMeta(caller, current);
            meta.setStatus(onMeta, io.soundport.domain.integrations.ads.CampaignStatus.ACTIVE);
        }
        return new PreparedRun(current.id());
    }

    /**
     * Creates the campaign on Meta, PAUSED, and keeps its id on the campaign in a unit of work of its own, before it
     * is set ACTIVE there: a launch that fails after this finds the Meta campaign when it is tried again, so that a
     * retry never makes a second one that spends too. Two launches at once may each create one; the one not kept
     * stays paused and spends nothing.
     */
    private Campaign createdOnMeta(Caller caller, Campaign current) {
        Campaign.OnMeta created = meta.create(caller, current);
        return tx.inTransaction(() -> {
            Campaign fresh = load(caller, current.id());
            return fresh.meta() != null ? fresh : campaigns.update(fresh.runningOnMeta(created, clock.now()));
        });
    }

    /** Stores the launch {@link #prepareLaunch} prepared, raising {@code campaign.launched}. */
    public Campaign launch(Caller caller, PreparedRun prepared) {
        return store(caller, prepared, "campaign.launched", Campaign::launched,
                current -> current.launch(today(), clock.now()));
    }

    /** Checks that the campaign is ACTIVE and pauses it on Meta when it runs there; {@link #pause} stores it. */
    public PreparedRun preparePause(Caller caller, PauseCampaignCommand command) {
        caller.require(Permission.WRITE);
        Campaign current = load(caller, command.id());
        Versions.check(command.expectedVersion(), current.version(), RESOURCE + " " + command.id().value());
        current.pause(clock.now());
        if (current.meta() != null) {
            meta.setStatus(current, io.soundport.domain.integrations.ads.CampaignStatus.PAUSED);
        }
        return new PreparedRun(current.id());
    }

    /** Stores the pause {@link #preparePause} prepared, raising {@code campaign.paused}. */
    public Campaign pause(Caller caller, PreparedRun prepared) {
        return store(caller, prepared, "campaign.paused", Campaign::paused, current -> current.pause(clock.now()));
    }

    private Campaign store(Caller caller, PreparedRun prepared, String action,
                           BiFunction<Campaign, EventMeta, CampaignEvent> event, UnaryOperator<Campaign> change) {
        caller.require(Permission.WRITE);
        // the campaign as it is now: the monitor may have stored new metrics while Meta answered; the move is checked
        // again on it
        return tx.inTransaction(() -> {
            Campaign current = load(caller, prepared.id());
            Campaign stored = campaigns.update(change.apply(current));
            recorder.record(event.apply(stored, recorder.meta(caller.organizationId())));
            audit.record(caller, action, stored.id().value());
            return stored;
        });
    }

    private Campaign load(Caller caller, CampaignId id) {
        return campaigns.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound(RESOURCE, id.value()));
    }

    private static boolean budgetChanged(CampaignPlan before, CampaignPlan after) {
        return !before.budget().equals(after.budget()) || !Objects.equals(before.dailyBudget(), after.dailyBudget());
    }

    private LocalDate today() {
        return clock.now().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
