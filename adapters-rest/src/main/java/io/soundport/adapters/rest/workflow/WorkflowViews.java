package io.soundport.adapters.rest.workflow;

import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.FieldNames;
import io.soundport.adapters.rest.workflow.WorkflowRequests.ConditionRequest;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowRule;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the workflow endpoints answer; a rule's conditions are {@link ConditionRequest}s, one schema both ways. */
final class WorkflowViews {
    private WorkflowViews() {
    }

    @Schema(name = "WorkflowRule")
    record RuleView(String id, String name, String trigger, List<ConditionRequest> conditions,
                    List<Map<String, Object>> actions, boolean enabled, Instant createdAt, Instant updatedAt,
                    long version) {
        static RuleView of(WorkflowRule r) {
            return new RuleView(r.id().value(), r.name(), r.trigger(),
                    r.conditions().stream().map(ConditionRequest::of).toList(),
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

    @Schema(name = "WorkflowActionOutcome")
    record OutcomeView(@Schema(ref = ApiDocs.ACTION_TYPE) String type, boolean succeeded, @Nullable String detail) {
    }

    @Schema(name = "WorkflowExecution")
    record ExecutionView(String id, String ruleId,
                         @Schema(description = "the id (evt_...) of the event the rule ran for") String eventId,
                         @Schema(ref = ApiDocs.EVENT_TYPE) String eventType,
                         @Nullable @Schema(description = "the release the triggering event concerns; null when it "
                                 + "concerns none") String releaseId,
                         @Schema(ref = ApiDocs.EXECUTION_STATUS) String status,
                         List<OutcomeView> outcomes, int depth, Instant createdAt) {
        static ExecutionView of(WorkflowExecution e) {
            return new ExecutionView(e.id().value(), e.ruleId().value(), e.eventId(), e.eventType(),
                    e.releaseId() == null ? null : e.releaseId().value(), e.status().name(),
                    e.outcomes().stream().map(o -> new OutcomeView(o.type(), o.succeeded(),
                            FieldNames.inMessage(o.detail()))).toList(),
                    e.depth(), e.createdAt());
        }
    }
}
