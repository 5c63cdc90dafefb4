package io.soundport.adapters.dynamodb;

import io.soundport.contracts.Fixtures;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryAttempt;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Territory;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionFilter;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What only the DynamoDB adapters of distribution and workflow can get wrong: deliveries and executions are stored
 * twice (per organization and per release or rule) and the copies must never disagree; sparse local-index entries
 * follow the active and enabled flags; JSON-shaped condition values and action parameters survive as native maps.
 */
class DynamoDbDistributionTest {
    private final DynamoDbPersistence db = TestDynamo.persistence();

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        db.organizations().add(org);
        return org;
    }

    private static Delivery newDelivery(Organization org, ReleaseId release) {
        return Delivery.queued(DeliveryId.of(Fixtures.id(DeliveryId.PREFIX)), org.id(), release,
                PartnerId.of(Fixtures.id(PartnerId.PREFIX)), DeliveryKind.DELIVERY, Fixtures.instant());
    }

    private static Partner newPartner(Organization org, boolean active) {
        Instant at = Fixtures.instant();
        return new Partner(PartnerId.of(Fixtures.id(PartnerId.PREFIX)), org.id(), "DSP " + Fixtures.suffix(),
                Protocol.HTTP, "https://dsp.example.com/ingest", List.of(Territory.of("FR")), active, null, at, at, 1);
    }

    private static WorkflowRule newRule(Organization org, String trigger, boolean enabled) {
        Instant at = Fixtures.instant();
        return new WorkflowRule(WorkflowRuleId.of(Fixtures.id(WorkflowRuleId.PREFIX)), org.id(), "Rule",
                trigger, List.of(), List.of(new Action(Action.Type.DELIVER, Map.of("partners", "all"))), enabled,
                at, at, 1);
    }

    private Delivery organizationCopy(Delivery d) {
        Map<String, AttributeValue> item = TestDynamo.client().getItem(r -> r
                .tableName(db.tables().deliveries())
                .key(Keys.key(Keys.org(d.organizationId().value()),
                        "DLV#" + Keys.newestFirst(d.createdAt(), d.id().value())))
                .consistentRead(true)).item();
        return DynamoDbDeliveriesAdapter.read(item);
    }

    @Test
    void both_copies_of_a_delivery_follow_every_update_even_two_in_one_unit_of_work() {
        Organization org = newOrganization();
        ReleaseId release = ReleaseId.of(Fixtures.id(ReleaseId.PREFIX));
        Delivery queued = newDelivery(org, release);
        db.deliveries().add(queued);

        Delivery delivered = db.transactions().inTransaction(() -> {
            Delivery started = db.deliveries().update(queued.start(Fixtures.instant()));
            Instant at = Fixtures.instant();
            return db.deliveries().update(started.attempted(
                    new DeliveryAttempt(1, at, true, null, "dsp-ref-1", 120), null, at));
        });

        assertThat(delivered.version()).isEqualTo(queued.version() + 2);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(db.deliveries().find(org.id(), queued.id())).contains(delivered);
        assertThat(organizationCopy(queued)).isEqualTo(delivered);
        assertThat(db.deliveries().ofRelease(org.id(), release)).containsExactly(delivered);
        assertThat(db.deliveries().list(org.id(), DeliveryFilter.ALL, PageRequest.first(10)).items())
                .containsExactly(delivered);
    }

    @Test
    void a_stale_update_of_a_delivery_changes_neither_copy() {
        Organization org = newOrganization();
        ReleaseId release = ReleaseId.of(Fixtures.id(ReleaseId.PREFIX));
        Delivery queued = newDelivery(org, release);
        db.deliveries().add(queued);
        Delivery started = db.deliveries().update(queued.start(Fixtures.instant()));

        assertThatThrownBy(() -> db.deliveries().update(queued.start(Fixtures.instant())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRECONDITION_FAILED));

        assertThat(db.deliveries().find(org.id(), queued.id())).contains(started);
        assertThat(organizationCopy(queued)).isEqualTo(started);
    }

    @Test
    void a_delivery_filtered_by_release_partner_and_status_reads_the_right_partition() {
        Organization org = newOrganization();
        ReleaseId first = ReleaseId.of(Fixtures.id(ReleaseId.PREFIX));
        ReleaseId second = ReleaseId.of(Fixtures.id(ReleaseId.PREFIX));
        Delivery a = newDelivery(org, first);
        Delivery b = newDelivery(org, second);
        Delivery c = newDelivery(org, first);
        db.deliveries().add(a);
        db.deliveries().add(b);
        db.deliveries().add(c);
        Delivery cStarted = db.deliveries().update(c.start(Fixtures.instant()));

        assertThat(db.deliveries().list(org.id(), new DeliveryFilter(first, null, null), PageRequest.first(10))
                .items()).containsExactly(cStarted, a);
        assertThat(db.deliveries().list(org.id(), new DeliveryFilter(null, b.partnerId(), null),
                PageRequest.first(10)).items()).containsExactly(b);
        assertThat(db.deliveries().list(org.id(), new DeliveryFilter(first, null, DeliveryStatus.QUEUED),
                PageRequest.first(10)).items()).containsExactly(a);
        assertThat(db.deliveries().ofRelease(org.id(), first)).containsExactly(a, cStarted);
    }

    @Test
    void a_partner_leaves_the_active_list_when_deactivated_and_comes_back_when_activated() {
        Organization org = newOrganization();
        Partner first = newPartner(org, true);
        Partner inactive = newPartner(org, false);
        Partner third = newPartner(org, true);
        db.partners().add(first);
        db.partners().add(inactive);
        db.partners().add(third);
        assertThat(db.partners().active(org.id())).containsExactly(first, third);

        Partner off = db.partners().update(first.edit(null, null, null, false, null, Fixtures.instant()));
        assertThat(db.partners().active(org.id())).containsExactly(third);

        Partner on = db.partners().update(off.edit(null, null, null, true, null, Fixtures.instant()));
        assertThat(db.partners().active(org.id())).containsExactly(on, third);
    }

    @Test
    void rules_are_found_by_any_trigger_text_and_leave_the_trigger_index_when_disabled() {
        Organization org = newOrganization();
        String odd = "custom.event#with spaces/and#hashes " + Fixtures.suffix();
        WorkflowRule rule = newRule(org, odd, true);
        WorkflowRule prefixOfIt = newRule(org, odd.substring(0, 12), true);
        db.workflowRules().add(rule);
        db.workflowRules().add(prefixOfIt);

        assertThat(db.workflowRules().triggeredBy(org.id(), odd)).containsExactly(rule);
        WorkflowRule disabled = db.workflowRules().update(rule.edit(null, null, null, null, false, Fixtures.instant()));
        assertThat(db.workflowRules().triggeredBy(org.id(), odd)).isEmpty();
        assertThat(db.workflowRules().find(org.id(), rule.id())).contains(disabled);
    }

    @Test
    void condition_values_and_action_parameters_come_back_as_json_trees() {
        Organization org = newOrganization();
        Instant at = Fixtures.instant();
        WorkflowRule rule = new WorkflowRule(WorkflowRuleId.of(Fixtures.id(WorkflowRuleId.PREFIX)), org.id(),
                "Nested", "release.submitted",
                List.of(new Condition("release.genre", Condition.Op.EQ, "Synthwave"),
                        new Condition("release.territories", Condition.Op.IN, List.of("US", "FR", 3, true)),
                        new Condition("track_count", Condition.Op.GT, 3),
                        new Condition("data.big", Condition.Op.LT, 12_345_678_901L),
                        new Condition("data.ratio", Condition.Op.GT, 0.5),
                        new Condition("release.label", Condition.Op.NE, null),
                        new Condition("data.meta", Condition.Op.EQ, Map.of("a", List.of(1, Map.of("b", false))))),
                List.of(new Action(Action.Type.NOTIFY, Map.of("channel", "email", "to", List.of("ops@example.com"),
                                "template", Map.of("subject", "Submitted", "priority", 2, "empty", Map.of()))),
                        new Action(Action.Type.SET_STATUS, Map.of())),
                true, at, at, 1);
        db.workflowRules().add(rule);

        assertThat(db.workflowRules().find(org.id(), rule.id())).contains(rule);
    }

    @Test
    void an_execution_is_listed_per_organization_and_per_rule_and_its_id_is_unique() {
        Organization org = newOrganization();
        WorkflowRuleId ruleA = WorkflowRuleId.of(Fixtures.id(WorkflowRuleId.PREFIX));
        WorkflowRuleId ruleB = WorkflowRuleId.of(Fixtures.id(WorkflowRuleId.PREFIX));
        WorkflowExecution one = execution(org, ruleA, WorkflowExecution.Status.SUCCEEDED);
        WorkflowExecution two = execution(org, ruleB, WorkflowExecution.Status.FAILED);
        WorkflowExecution three = execution(org, ruleA, WorkflowExecution.Status.FAILED);
        db.workflowExecutions().add(one);
        db.workflowExecutions().add(two);
        db.workflowExecutions().add(three);

        assertThat(db.workflowExecutions().list(org.id(), WorkflowExecutionFilter.ALL, PageRequest.first(10)).items())
                .containsExactly(three, two, one);
        assertThat(db.workflowExecutions().list(org.id(), new WorkflowExecutionFilter(ruleA, null, null),
                PageRequest.first(10)).items())
                .containsExactly(three, one);
        assertThat(db.workflowExecutions().list(org.id(),
                new WorkflowExecutionFilter(ruleA, WorkflowExecution.Status.FAILED, null), PageRequest.first(10))
                .items()).containsExactly(three);
        WorkflowExecution twin = new WorkflowExecution(one.id(), org.id(), ruleB, "evt_other", "release.created",
                null, WorkflowExecution.Status.SKIPPED, List.of(), 9, Fixtures.instant());
        assertThatThrownBy(() -> db.workflowExecutions().add(twin))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(db.workflowExecutions().list(org.id(), new WorkflowExecutionFilter(ruleB, null, null),
                PageRequest.first(10)).items())
                .containsExactly(two);
    }

    private static WorkflowExecution execution(Organization org, WorkflowRuleId rule, WorkflowExecution.Status status) {
        return new WorkflowExecution(WorkflowExecutionId.of(Fixtures.id(WorkflowExecutionId.PREFIX)), org.id(), rule,
                Fixtures.id("evt"), "release.submitted", null, status,
                List.of(new WorkflowExecution.ActionOutcome("deliver", status == WorkflowExecution.Status.SUCCEEDED,
                        "2 deliveries queued"), new WorkflowExecution.ActionOutcome("notify", false, null)),
                1, Fixtures.instant());
    }
}
