package io.soundport.application.workflow;

import io.soundport.application.distribution.DeliveryService;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.EventHandler;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.NotificationSender;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.PublishedEvent;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Ids;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRules;
import io.soundport.domain.workflow.WorkflowEvent;
import io.soundport.domain.workflow.WorkflowExecutions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the organization's workflow rules on each event: a rule triggered by the event's type whose conditions hold
 * (on the event's data, and on the release's fields under {@code release.}) runs its actions in order, and the run is
 * recorded with each action's outcome. Events a rule causes carry {@code workflow_depth}; past {@link #MAX_DEPTH}
 * rules stop running, so that rules cannot trigger each other forever.
 */
public final class WorkflowEngine implements EventHandler {
    public static final int MAX_DEPTH = 5;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9_.]+)\\s*}}");

    private final WorkflowRules rules;
    private final WorkflowExecutions executions;
    private final Releases releases;
    private final Tracks tracks;
    private final Partners partners;
    private final DeliveryService deliveries;
    private final NotificationSender notifications;
    private final EventRecorder events;
    private final IdGenerator ids;
    private final Clock clock;

    public WorkflowEngine(WorkflowRules rules, WorkflowExecutions executions, Releases releases, Tracks tracks,
                          Partners partners, DeliveryService deliveries, NotificationSender notifications,
                          EventRecorder events, IdGenerator ids, Clock clock) {
        this.rules = rules;
        this.executions = executions;
        this.releases = releases;
        this.tracks = tracks;
        this.partners = partners;
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void handle(PublishedEvent event) {
        OrganizationId org = OrganizationId.of(event.organizationId());
        List<WorkflowRule> triggered = rules.triggeredBy(org, event.type());
        if (triggered.isEmpty()) {
            return;
        }
        int depth = events.payloads().workflowDepthOf(event.data());
        Optional<Release> release = releaseOf(org, event);
        Map<String, Object> facts = new LinkedHashMap<>(event.data());
        release.ifPresent(r -> facts.put("release", releaseFacts(org, r)));
        for (WorkflowRule rule : triggered) {
            if (!rule.appliesTo(event.type(), facts)) {
                continue;
            }
            List<WorkflowExecution.ActionOutcome> outcomes = new ArrayList<>();
            WorkflowExecution.Status status;
            if (depth >= MAX_DEPTH) {
                status = WorkflowExecution.Status.SKIPPED;
                outcomes.add(new WorkflowExecution.ActionOutcome("skipped", false,
                        "rules already ran " + depth + " levels deep for this chain of events"));
            } else {
                for (Action action : rule.actions()) {
                    outcomes.add(run(org, rule, action, event, release, facts, depth + 1));
                }
                status = WorkflowExecution.statusOf(outcomes);
            }
            WorkflowExecution execution = new WorkflowExecution(WorkflowExecutionId.generate(ids), org, rule.id(),
                    event.id(), event.type(), status, outcomes, depth, clock.now());
            executions.add(execution);
            if (status != WorkflowExecution.Status.SKIPPED) {
                events.record(execution.executed(rule.name(), events.meta(org, clock.now(), depth + 1)));
            }
        }
    }

    private WorkflowExecution.ActionOutcome run(OrganizationId org, WorkflowRule rule, Action action, PublishedEvent event,
                                                Optional<Release> release, Map<String, Object> facts, int depth) {
        String type = action.type().wireName();
        try {
            String detail = switch (action.type()) {
                case DELIVER -> deliver(org, action, event, release, depth);
                case NOTIFY -> notify(action, facts);
                case WEBHOOK -> webhook(org, rule, action, event, depth);
                case SET_STATUS -> setStatus(org, action, release, depth);
            };
            return new WorkflowExecution.ActionOutcome(type, true, detail);
        } catch (DomainException e) {
            return new WorkflowExecution.ActionOutcome(type, false, e.getMessage());
        }
    }

    private String deliver(OrganizationId org, Action action, PublishedEvent event, Optional<Release> release, int depth) {
        if (event.type().startsWith("delivery.") || event.type().equals("release.delivered")) {
            // deliveries cause these events again: a rule delivering on them would never stop
            throw DomainException.conflict("a deliver action cannot run on " + event.type());
        }
        Release r = release.orElseThrow(() -> DomainException.conflict("the event names no release to deliver"));
        Set<PartnerId> targets = new LinkedHashSet<>();
        Object named = action.params().get("partner_ids");
        if (named instanceof List<?> list && !list.isEmpty()) {
            list.forEach(id -> targets.add(PartnerId.of(String.valueOf(id))));
        } else {
            for (Partner partner : partners.active(org)) {
                if (partner.sellsIn(r.territories())) {
                    targets.add(partner.id());
                }
            }
        }
        if (targets.isEmpty()) {
            throw DomainException.conflict("no active partner sells in the release's territories");
        }
        int queued = deliveries.queue(org, r.id(), targets, depth).size();
        return "queued " + queued + " deliver" + (queued == 1 ? "y" : "ies");
    }

    private String notify(Action action, Map<String, Object> facts) {
        Map<String, Object> p = action.params();
        NotificationSender.Channel channel;
        try {
            channel = NotificationSender.Channel.valueOf(String.valueOf(p.getOrDefault("channel", "email"))
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("channel", "must be email, sms or push");
        }
        Object to = p.get("to");
        if (to == null || to.toString().isBlank()) {
            throw DomainException.invalid("to", "a notify action needs a recipient");
        }
        NotificationSender.Result result = notifications.send(channel, to.toString(),
                fill(String.valueOf(p.getOrDefault("subject", "Soundport")), facts),
                fill(String.valueOf(p.getOrDefault("body", "")), facts));
        if (!result.accepted()) {
            throw DomainException.conflict("the notification was refused: " + result.error());
        }
        return "sent " + channel.name().toLowerCase(Locale.ROOT) + " to " + to + " (" + result.providerMessageId() + ")";
    }

    private String webhook(OrganizationId org, WorkflowRule rule, Action action, PublishedEvent event, int depth) {
        Object payload = action.params().get("data");
        Map<String, Object> data = new LinkedHashMap<>();
        if (payload instanceof Map<?, ?> map) {
            map.forEach((k, v) -> data.put(String.valueOf(k), v));
        }
        WorkflowEvent.WorkflowWebhook custom = events.record(rule.webhookEvent(event.id(), event.type(), data,
                events.meta(org, clock.now(), depth)));
        return "emitted " + custom.id();
    }

    private String setStatus(OrganizationId org, Action action, Optional<Release> release, int depth) {
        Release r = release.orElseThrow(() -> DomainException.conflict("the event names no release"));
        String target = String.valueOf(action.params().get("status")).toUpperCase(Locale.ROOT);
        int trackCount = tracks.ofRelease(org, r.id()).size();
        ReleaseEvent changed = switch (target) {
            case "SUBMITTED" -> r.submit(trackCount, events.meta(org, clock.now(), depth));
            case "TAKEDOWN_REQUESTED" -> r.requestTakedown(trackCount, events.meta(org, clock.now(), depth));
            default -> throw DomainException.invalid("status", "a rule may set SUBMITTED or TAKEDOWN_REQUESTED");
        };
        Release stored = events.record(changed.stored(releases.update(changed.release()))).release();
        return "release " + stored.id() + " is " + stored.status();
    }

    private Optional<Release> releaseOf(OrganizationId org, PublishedEvent event) {
        String id = event.aggregateId().startsWith(ReleaseId.PREFIX + "_") ? event.aggregateId()
                : events.payloads().releaseIdOf(event.data()).orElse(null);
        if (id == null || !Ids.looksLike(id, ReleaseId.PREFIX)) {
            return Optional.empty();
        }
        return releases.find(org, ReleaseId.of(id));
    }

    private Map<String, Object> releaseFacts(OrganizationId org, Release r) {
        return events.payloads().releaseFacts(r, tracks.ofRelease(org, r.id()).size());
    }


    /** {@code {{release.title}}} and the like, from the facts; unknown names stay as they are. */
    static String fill(String template, Map<String, Object> facts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = Condition.valueAt(facts, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
