package io.soundport.application.workflow;

import io.soundport.application.distribution.DeliveryService;
import io.soundport.application.distribution.QueueDeliveriesCommand;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.workflow.Action;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code deliver}: queues the release to the named partners, or to every active partner that sells where it does. */
public final class DeliverAction implements WorkflowAction {
    private final Partners partners;
    private final DeliveryService deliveries;

    public DeliverAction(Partners partners, DeliveryService deliveries) {
        this.partners = partners;
        this.deliveries = deliveries;
    }

    @Override
    public Action.Type type() {
        return Action.Type.DELIVER;
    }

    @Override
    public String run(RuleRun run, Action action) {
        String trigger = run.event().type();
        if (trigger.startsWith("delivery.") || trigger.equals("release.delivered")) {
            // deliveries cause these events again: a rule delivering on them would never stop
            throw DomainException.conflict("a deliver action cannot run on " + trigger);
        }
        Release release = run.release()
                .orElseThrow(() -> DomainException.conflict("the event names no release to deliver"));
        Set<PartnerId> targets = new LinkedHashSet<>();
        Object named = action.params().get("partner_ids");
        if (named instanceof List<?> list && !list.isEmpty()) {
            list.forEach(id -> targets.add(PartnerId.of(String.valueOf(id))));
        } else {
            for (Partner partner : partners.active(run.organizationId())) {
                if (partner.sellsIn(release.territories())) {
                    targets.add(partner.id());
                }
            }
        }
        if (targets.isEmpty()) {
            throw DomainException.conflict("no active partner sells in the release's territories");
        }
        int queued = deliveries.queue(new QueueDeliveriesCommand(run.organizationId(), release.id(), targets,
                run.depth())).size();
        return "queued " + queued + " deliver" + (queued == 1 ? "y" : "ies");
    }
}
