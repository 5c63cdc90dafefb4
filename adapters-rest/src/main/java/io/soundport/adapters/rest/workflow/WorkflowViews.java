package io.soundport.adapters.rest.workflow;

import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.http.FieldNames;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowRule;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the workflow endpoints answer and take. */
public final class WorkflowViews {
    private WorkflowViews() {
    }

    @Schema(name = "WorkflowCondition")
    public record ConditionBody(String field, @Schema(allowableValues = {"eq", "ne", "in", "contains", "gt", "lt"}) String op,
                                @Nullable Object value) {
        static ConditionBody of(Condition c) {
            return new ConditionBody(c.field(), c.op().name().toLowerCase(Locale.ROOT), c.value());
        }
    }

    @Schema(name = "WorkflowRule")
    public record RuleView(String id, String name, String trigger, List<ConditionBody> conditions,
                           List<Map<String, Object>> actions, boolean enabled, Instant createdAt, Instant updatedAt,
                           long version) {
        static RuleView of(WorkflowRule r) {
            return new RuleView(r.id().value(), r.name(), r.trigger(), r.conditions().stream().map(ConditionBody::of).toList(),
                    r.actions().stream().map(RuleView::action).toList(), r.enabled(), r.createdAt(), r.updatedAt(),
                    r.version());
        }

        private static Map<String, Object> action(Action a) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", a.type().wireName());
            map.putAll(a.params());
            return map;
        }
    }

    @Schema(name = "CreateWorkflowRuleRequest", description = "Each action is {type, ...its parameters}: "
            + "deliver {partner_ids?}, notify {channel, to, subject?, body?}, webhook {data?}, set_status {status}")
    public record RuleBody(@Nullable String name, @Nullable String trigger, @Nullable List<ConditionBody> conditions,
                           @Nullable List<Map<String, Object>> actions, @Nullable Boolean enabled) {
    }

    @Schema(name = "WorkflowActionOutcome")
    public record OutcomeView(String type, boolean succeeded, @Nullable String detail) {
    }

    @Schema(name = "WorkflowExecution")
    public record ExecutionView(String id, String ruleId, String eventId, String eventType, String status,
                                List<OutcomeView> outcomes, int depth, Instant createdAt) {
        static ExecutionView of(WorkflowExecution e) {
            return new ExecutionView(e.id().value(), e.ruleId().value(), e.eventId(), e.eventType(), e.status().name(),
                    e.outcomes().stream().map(o -> new OutcomeView(o.type(), o.succeeded(),
                            FieldNames.inMessage(o.detail()))).toList(),
                    e.depth(), e.createdAt());
        }
    }
}
