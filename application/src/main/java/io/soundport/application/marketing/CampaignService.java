package io.soundport.application.marketing;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.marketing.Campaign;
import io.soundport.domain.marketing.CampaignId;
import io.soundport.domain.marketing.Campaigns;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

/**
 * The caller's campaigns: created as drafts, read, listed, deleted (a draft or an archived one). Everyone reads
 * them, a member or a {@code write} key writes them; each write raises its {@code campaign.*} event and records its
 * audit entry in its unit of work. Changing, launching and pausing are {@link CampaignChanges}'.
 */
public final class CampaignService {
    static final String RESOURCE = "Campaign";
    private final TransactionRunner tx;
    private final Campaigns campaigns;
    private final CampaignReferences references;
    private final EventRecorder recorder;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public CampaignService(TransactionRunner tx, Campaigns campaigns, CampaignReferences references,
                           EventRecorder recorder, IdGenerator ids, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.campaigns = campaigns;
        this.references = references;
        this.recorder = recorder;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new DRAFT campaign; VALIDATION_ERROR when the release or track it promotes is not in the catalog. */
    public Campaign create(Caller caller, CreateCampaignCommand command) {
        caller.require(Permission.WRITE);
        references.check(caller.organizationId(), command.plan());
        Campaign campaign = Campaign.create(CampaignId.generate(ids), caller.organizationId(), command.plan(),
                clock.now());
        tx.run(() -> {
            campaigns.add(campaign);
            recorder.record(campaign.created(recorder.meta(caller.organizationId())));
            audit.record(caller, "campaign.created", campaign.id().value());
        });
        return campaign;
    }

    public Campaign get(Caller caller, CampaignId id) {
        caller.require(Permission.READ);
        return campaigns.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound(RESOURCE, id.value()));
    }

    public Page<Campaign> list(Caller caller, ListCampaignsQuery query) {
        caller.require(Permission.READ);
        return campaigns.list(caller.organizationId(), query.filter(), query.page());
    }

    /** Deletes a DRAFT or ARCHIVED campaign (CONFLICT otherwise: archive it first). */
    public void delete(Caller caller, DeleteCommand<CampaignId> command) {
        caller.require(Permission.WRITE);
        CampaignId id = command.id();
        tx.run(() -> {
            Campaign current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), RESOURCE + " " + id.value());
            current.requireDeletable();
            campaigns.remove(caller.organizationId(), id);
            recorder.record(current.deleted(recorder.meta(caller.organizationId())));
            audit.record(caller, "campaign.deleted", id.value());
        });
    }
}
