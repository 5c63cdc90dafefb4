package io.soundport.adapters.rest.workflow;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.workflow.CreateWorkflowRuleCommand;
import io.soundport.application.workflow.RawAction;
import io.soundport.application.workflow.RawCondition;
import io.soundport.application.workflow.UpdateWorkflowRuleCommand;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the workflow endpoints take. */
final class WorkflowRequests {
    private WorkflowRequests() {
    }

    // a condition as sent, and as answered in a rule (WorkflowViews.RuleView): one schema both ways
    @Schema(name = "WorkflowCondition")
    record ConditionRequest(String field,
                            @Schema(allowableValues = {"eq", "ne", "in", "contains", "gt", "lt"}) String op,
                            @Nullable Object value) {
        static ConditionRequest of(Condition c) {
            return new ConditionRequest(c.field(), c.op().name().toLowerCase(Locale.ROOT), c.value());
        }

        RawCondition raw() {
            return new RawCondition(field, op, value);
        }
    }

    // a new rule, and the change to a rule: the PATCH has always taken this schema (absent fields are kept), so one
    // record serves both and the document keeps its one schema
    @Schema(name = "CreateWorkflowRuleRequest", description = "Each action is {type, ...its parameters}: "
            + "deliver {partner_ids?}, notify {channel, to, subject?, body?}, webhook {data?}, set_status {status}")
    record CreateWorkflowRuleRequest(@Nullable String name, @Nullable String trigger,
                                     @Nullable List<ConditionRequest> conditions,
                                     @Nullable List<Map<String, Object>> actions, @Nullable Boolean enabled) {
        CreateWorkflowRuleCommand command() {
            return CreateWorkflowRuleCommand.of(name, trigger, rawConditions(), rawActions(), enabled);
        }

        UpdateWorkflowRuleCommand command(WorkflowRuleId id, Long expectedVersion) {
            return UpdateWorkflowRuleCommand.of(id, name, trigger, rawConditions(), rawActions(), enabled,
                    expectedVersion);
        }

        private List<RawCondition> rawConditions() {
            return conditions == null ? null : conditions.stream().map(c -> c == null ? null : c.raw()).toList();
        }

        // {type, ...}: the type, and the other fields as the parameters
        private List<RawAction> rawActions() {
            return actions == null ? null : actions.stream().map(a -> {
                if (a == null) {
                    return null;
                }
                Map<String, Object> params = new LinkedHashMap<>(a);
                Object type = params.remove("type");
                return new RawAction(type == null ? null : type.toString(), params);
            }).toList();
        }
    }
}
