package io.soundport.application.workflow;

import io.soundport.application.catalog.ListReleasesQuery;
import io.soundport.domain.workflow.Action;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.soundport.application.testing.Core.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule's free-form parts (conditions' values, actions' parameters) are bounded in number, depth and size, and hold
 * only text that every store keeps, so that the core embedded without REST stores what PostgreSQL and DynamoDB
 * both take.
 */
class WorkflowCommandsTest {
    private static final RawAction WEBHOOK = new RawAction("webhook", Map.of("data", Map.of("k", "v")));

    @Test
    void a_rule_takes_free_form_data_with_line_breaks() {
        CreateWorkflowRuleCommand command = CreateWorkflowRuleCommand.of("Tell", "release.submitted",
                List.of(new RawCondition("release.title", "eq", "Night\nDrive")),
                List.of(new RawAction("webhook", Map.of("data", Map.of("note", "two\nlines")))), null);

        assertThat(command.actions()).extracting(Action::params).containsExactly(Map.of("data", Map.of("note", "two\nlines")));
    }

    @Test
    void free_form_values_are_refused_where_they_hold_what_a_store_refuses() {
        Object deep = "leaf";
        for (int i = 0; i < 20; i++) {
            deep = Map.of("a", deep);
        }
        List<RawAction> actions = List.of(WEBHOOK, new RawAction("webhook", Map.of("data", deep)),
                new RawAction("notify", Map.of("to", "ops@example.com", "body", "a\u0000b")));

        assertInvalid(() -> CreateWorkflowRuleCommand.of("Rule\u0007", "release.submitted",
                List.of(new RawCondition("release.title", "eq", "x".repeat(9_000))), actions, null),
                "name", "conditions[0].value", "actions[1].data" + ".a".repeat(16), "actions[2].body");
    }

    @Test
    void a_rule_has_at_most_twenty_conditions_and_ten_actions() {
        List<RawCondition> conditions = Collections.nCopies(21, new RawCondition("release.title", "eq", "x"));

        assertInvalid(() -> CreateWorkflowRuleCommand.of("Many", "release.submitted", conditions,
                Collections.nCopies(11, WEBHOOK), null), "conditions", "actions");
        assertInvalid(() -> UpdateWorkflowRuleCommand.of(null, null, null, null, Collections.nCopies(11, WEBHOOK),
                null, null), "actions");
    }

    @Test
    void a_search_text_holds_only_what_stored_text_may() {
        assertInvalid(() -> ListReleasesQuery.of(null, null, "a\u0000b", null, null), "titleContains");
        assertThat(ListReleasesQuery.of(null, null, "  Night  ", null, null).filter().titleContains()).isEqualTo("Night");
    }
}
