package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.soundport.domain.workflow.WorkflowRules;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every adapter of {@link WorkflowRules} must do. Condition values and action parameters are JSON-shaped
 * trees; the fixtures use ints for numbers, which is what a JSON document gives back for a small integer.
 */
public abstract class WorkflowRulesContract {

    protected abstract PersistencePorts ports();

    private WorkflowRules rules() {
        return ports().workflowRules();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private WorkflowRule newRule(Organization org, String trigger, boolean enabled) {
        WorkflowRule rule = Fixtures.workflowRule(org, trigger, enabled, Fixtures.instant());
        rules().add(rule);
        return rule;
    }

    /** The same rule as stored at another version. */
    private static WorkflowRule withVersion(WorkflowRule r, long version) {
        return new WorkflowRule(r.id(), r.organizationId(), r.name(), r.trigger(), r.conditions(), r.actions(),
                r.enabled(), r.createdAt(), r.updatedAt(), version);
    }

    @Test
    void finds_an_added_rule_with_every_condition_and_action() {
        Organization org = newOrganization();
        WorkflowRule rule = Fixtures.workflowRule(org);
        rules().add(rule);

        WorkflowRule found = rules().find(org.id(), rule.id()).orElseThrow();

        assertThat(found).isEqualTo(rule);
        assertThat(found.conditions()).extracting(Condition::value)
                .containsExactly("Jazz", 3, List.of("FR", "DE", 7), null);
        assertThat(found.actions()).extracting(Action::type)
                .containsExactly(Action.Type.DELIVER, Action.Type.NOTIFY, Action.Type.SET_STATUS);
        assertThat(found.actions().get(0).params().get("options"))
                .isEqualTo(Map.of("priority", 2, "dry_run", false, "tags", List.of("jazz", Map.of("weight", -1))));
        assertThat(found.actions().get(0).params()).containsEntry("note", null);
    }

    @Test
    void keeps_a_disabled_rule_without_conditions() {
        Organization org = newOrganization();
        WorkflowRule rule = new WorkflowRule(WorkflowRuleId.of(Fixtures.id(WorkflowRuleId.PREFIX)), org.id(),
                "Tell the team", "delivery.failed", List.of(),
                List.of(new Action(Action.Type.WEBHOOK, Map.of("event", "custom.delivery_failed",
                        "data", Map.of("severity", "high", "retry", true)))),
                false, Fixtures.instant(), Fixtures.instant(), 3);
        rules().add(rule);

        assertThat(rules().find(org.id(), rule.id())).contains(rule);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WorkflowRule rule = newRule(org, "release.submitted", true);

        assertThat(rules().find(org.id(), WorkflowRuleId.of(Fixtures.id(WorkflowRuleId.PREFIX)))).isEmpty();
        assertThat(rules().find(other.id(), rule.id())).isEmpty();
    }

    @Test
    void rejects_a_second_rule_with_the_same_id() {
        Organization org = newOrganization();
        WorkflowRule rule = newRule(org, "release.submitted", true);
        WorkflowRule twin = new WorkflowRule(rule.id(), org.id(), "Twin", "release.created", List.of(),
                List.of(new Action(Action.Type.NOTIFY, Map.of("message", "hi"))), true, Fixtures.instant(),
                Fixtures.instant(), 1);

        Expect.domainError(ErrorCode.CONFLICT, () -> rules().add(twin));
        assertThat(rules().find(org.id(), rule.id())).contains(rule);
    }

    @Test
    void update_stores_the_change_and_returns_the_next_version() {
        Organization org = newOrganization();
        WorkflowRule rule = newRule(org, "release.submitted", true);
        WorkflowRule changed = rule.edit("Renamed", "release.delivered",
                List.of(new Condition("partner_count", Condition.Op.LT, 10),
                        new Condition("release.title", Condition.Op.CONTAINS, "Live")),
                List.of(new Action(Action.Type.SET_STATUS, Map.of("status", "DELIVERED")),
                        new Action(Action.Type.DELIVER, Map.of("partners", List.of("ptn_a", "ptn_b")))),
                false, Fixtures.instant());

        WorkflowRule updated = rules().update(changed);

        assertThat(updated).isEqualTo(withVersion(changed, rule.version() + 1));
        assertThat(rules().find(org.id(), rule.id())).contains(updated);
    }

    @Test
    void rejects_an_update_made_from_a_stale_version() {
        Organization org = newOrganization();
        WorkflowRule rule = newRule(org, "release.submitted", true);
        WorkflowRule current = rules().update(rule.edit("First change", null, null, null, null, Fixtures.instant()));

        Expect.domainError(ErrorCode.PRECONDITION_FAILED, () -> rules().update(
                rule.edit("Lost change", null, null, null, null, Fixtures.instant())));
        assertThat(rules().find(org.id(), rule.id())).contains(current);
    }

    @Test
    void rejects_an_update_of_a_rule_that_does_not_exist_or_belongs_to_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WorkflowRule rule = newRule(org, "release.submitted", true);
        WorkflowRule hijacked = new WorkflowRule(rule.id(), other.id(), "Hijacked", rule.trigger(), List.of(),
                rule.actions(), true, rule.createdAt(), Fixtures.instant(), rule.version());

        Expect.domainError(ErrorCode.NOT_FOUND, () -> rules().update(Fixtures.workflowRule(org)));
        Expect.domainError(ErrorCode.NOT_FOUND, () -> rules().update(hijacked));
        assertThat(rules().find(org.id(), rule.id())).contains(rule);
    }

    @Test
    void remove_returns_true_once_then_false_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        Organization other = newOrganization();
        WorkflowRule rule = newRule(org, "release.submitted", true);

        assertThat(rules().remove(other.id(), rule.id())).isFalse();
        assertThat(rules().find(org.id(), rule.id())).contains(rule);
        assertThat(rules().remove(org.id(), rule.id())).isTrue();
        assertThat(rules().remove(org.id(), rule.id())).isFalse();
        assertThat(rules().find(org.id(), rule.id())).isEmpty();
    }

    @Test
    void lists_the_rules_of_an_organization_newest_first_across_pages() {
        Organization org = newOrganization();
        List<WorkflowRule> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(newRule(org, i % 2 == 0 ? "release.submitted" : "delivery.failed", i != 3));
        }
        newRule(newOrganization(), "release.submitted", true);

        List<WorkflowRule> listed = Paging.walk(2, page -> rules().list(org.id(), page));

        Collections.reverse(added);
        assertThat(listed).containsExactlyElementsOf(added);
        assertThat(Paging.walk(10, page -> rules().list(newOrganization().id(), page))).isEmpty();
    }

    @Test
    void triggered_by_gives_the_enabled_rules_of_the_event_type_oldest_first() {
        Organization org = newOrganization();
        WorkflowRule first = newRule(org, "release.submitted", true);
        newRule(org, "release.submitted", false);
        newRule(org, "release.delivered", true);
        WorkflowRule second = newRule(org, "release.submitted", true);
        WorkflowRule paused = newRule(org, "release.submitted", true);
        rules().update(paused.edit(null, null, null, null, false, Fixtures.instant()));
        WorkflowRule moved = newRule(org, "delivery.failed", true);
        WorkflowRule third = rules().update(moved.edit(null, "release.submitted", null, null, null,
                Fixtures.instant()));
        newRule(newOrganization(), "release.submitted", true);

        assertThat(rules().triggeredBy(org.id(), "release.submitted")).containsExactly(first, second, third);
        assertThat(rules().triggeredBy(org.id(), "delivery.failed")).isEmpty();
        assertThat(rules().triggeredBy(org.id(), "release.*")).isEmpty();
        assertThat(rules().triggeredBy(newOrganization().id(), "release.submitted")).isEmpty();
    }
}
