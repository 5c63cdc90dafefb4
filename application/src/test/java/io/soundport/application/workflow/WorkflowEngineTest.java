package io.soundport.application.workflow;

import io.soundport.application.testing.Core;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowEngineTest {
    private final Core core = new Core();

    @Test
    void refuses_to_start_without_a_runner_for_every_action_type() {
        RuleSubjects subjects = new RuleSubjects(core.store.releases(), core.store.tracks(), core.events.payloads());
        List<WorkflowAction> withoutDeliver = List.of(new NotifyAction(core.notificationQueue),
                new WebhookAction(core.events, core.clock),
                new SetStatusAction(core.store.releases(), core.store.tracks(), core.events, core.clock));

        assertThatThrownBy(() -> new WorkflowEngine(core.store.workflowRules(), core.store.workflowExecutions(),
                subjects, withoutDeliver, core.events, core.ids, core.clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deliver");
    }
}
