package io.soundport.domain.workflow;

import io.soundport.domain.shared.JsonTree;
import io.soundport.domain.shared.event.DomainEvent;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.shared.event.EventType;

import java.util.Map;
import java.util.Objects;

/** Events of the workflow engine: a rule ran, or a rule's webhook action spoke. */
public sealed interface WorkflowEvent extends DomainEvent {

    @EventType(value = "workflow.executed", description = "A workflow rule ran")
    record WorkflowExecuted(EventMeta meta, WorkflowExecution execution, String ruleName) implements WorkflowEvent {
        public WorkflowExecuted {
            Objects.requireNonNull(execution, "execution");
        }

        @Override
        public String aggregateId() {
            return execution.id().value();
        }
    }

    /**
     * Emitted by a rule's webhook action.
     *
     * @param data what the action's {@code data} parameter holds, a JSON-shaped tree
     */
    @EventType(value = "workflow.webhook", description = "Emitted by a rule's webhook action, with the rule's data")
    record WorkflowWebhook(EventMeta meta, WorkflowRuleId ruleId, String ruleName, String triggerEventId,
                           String triggerEventType, Map<String, Object> data) implements WorkflowEvent {
        public WorkflowWebhook {
            Objects.requireNonNull(ruleId, "ruleId");
            data = JsonTree.copyOf(data);
        }

        @Override
        public String aggregateId() {
            return ruleId.value();
        }
    }
}
