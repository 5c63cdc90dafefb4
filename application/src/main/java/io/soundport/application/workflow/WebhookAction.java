package io.soundport.application.workflow;

import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.port.Clock;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.WorkflowEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code webhook}: the rule speaks, as a {@code workflow.webhook} event carrying the action's {@code data}. */
public final class WebhookAction implements WorkflowAction {
    private final EventRecorder events;
    private final Clock clock;

    public WebhookAction(EventRecorder events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Action.Type type() {
        return Action.Type.WEBHOOK;
    }

    @Override
    public String run(RuleRun run, Action action) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (action.params().get("data") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> data.put(String.valueOf(k), v));
        }
        WorkflowEvent.WorkflowWebhook custom = events.record(run.rule().webhookEvent(run.event().id(),
                run.event().type(), data, events.meta(run.organizationId(), clock.now(), run.depth())));
        return "emitted " + custom.id();
    }
}
