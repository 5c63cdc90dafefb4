package io.soundport.domain.workflow;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a workflow rule (`wfr_…`). */
public record WorkflowRuleId(String value) {
    public static final String PREFIX = "wfr";

    public WorkflowRuleId {
        Ids.check(value, PREFIX);
    }

    public static WorkflowRuleId of(String value) {
        return new WorkflowRuleId(value);
    }

    public static WorkflowRuleId generate(IdGenerator ids) {
        return new WorkflowRuleId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
