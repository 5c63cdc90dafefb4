package io.soundport.domain.workflow;

import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.shared.Ids;

/** Id of a run of a workflow rule (`wfx_…`). */
public record WorkflowExecutionId(String value) {
    public static final String PREFIX = "wfx";

    public WorkflowExecutionId {
        Ids.check(value, PREFIX);
    }

    public static WorkflowExecutionId of(String value) {
        return new WorkflowExecutionId(value);
    }

    public static WorkflowExecutionId generate(IdGenerator ids) {
        return new WorkflowExecutionId(ids.next(PREFIX));
    }

    @Override
    public String toString() {
        return value;
    }
}
