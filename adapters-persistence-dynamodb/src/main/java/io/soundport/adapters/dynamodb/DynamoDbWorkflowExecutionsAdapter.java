package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRuleId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow executions on the table {@code <prefix>workflow_executions}, which has no index and so no cap on the
 * size of a partition (every event that matches a rule leaves one). An execution never changes once added, and is
 * stored twice, both copies whole:
 * <ul>
 *   <li>{@code ORG#<org> / WFX#<time>#<id>}: every execution of the organization, newest first;</li>
 *   <li>{@code ORG#<org>#RULE#<rule> / WFX#<time>#<id>}: the executions of one rule, newest first.</li>
 * </ul>
 * A status filter is applied page by page while reading. A pointer {@code WFX#<id> / #ID} (organizationId, ruleId,
 * createdAt), written with both copies in one transaction with {@code attribute_not_exists(pk)}, makes the id
 * unique and finds an execution by id alone.
 */
final class DynamoDbWorkflowExecutionsAdapter implements WorkflowExecutions {
    private static final String EXECUTION = "WFX#";
    private static final String POINTER_SK = "#ID";
    private static final String RESOURCE = "Workflow execution";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbWorkflowExecutionsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.workflowExecutions();
    }

    private static String rulePartition(OrganizationId org, WorkflowRuleId rule) {
        return Keys.org(org.value()) + "#RULE#" + rule.value();
    }

    private static Map<String, AttributeValue> pointerKey(WorkflowExecutionId id) {
        return Keys.key(EXECUTION + id.value(), POINTER_SK);
    }

    @Override
    public void add(WorkflowExecution execution) {
        Map<String, AttributeValue> pointer = new Attrs.Item()
                .put(Keys.PK, EXECUTION + execution.id().value())
                .put(Keys.SK, POINTER_SK)
                .put("organizationId", execution.organizationId().value())
                .put("ruleId", execution.ruleId().value())
                .put("createdAt", execution.createdAt())
                .build();
        String id = execution.id().value();
        db.write(List.of(
                Write.put(table, pointer, Conditions.ABSENT, Map.of(), Map.of(), Conditions.exists(RESOURCE, id)),
                Write.put(table, item(Keys.org(execution.organizationId().value()), execution), Conditions.ABSENT,
                        Map.of(), Map.of(), Conditions.exists(RESOURCE, id)),
                Write.put(table, item(rulePartition(execution.organizationId(), execution.ruleId()), execution),
                        Conditions.ABSENT, Map.of(), Map.of(), Conditions.exists(RESOURCE, id))));
    }

    @Override
    public Optional<WorkflowExecution> find(OrganizationId organizationId, WorkflowExecutionId id) {
        Map<String, AttributeValue> pointer = db.get(table, pointerKey(id));
        if (pointer == null || !organizationId.value().equals(Attrs.str(pointer, "organizationId"))) {
            return Optional.empty();
        }
        String sk = EXECUTION + Keys.newestFirst(Attrs.instant(pointer, "createdAt"), id.value());
        return Optional.ofNullable(db.get(table, Keys.key(Keys.org(organizationId.value()), sk)))
                .map(DynamoDbWorkflowExecutionsAdapter::read);
    }

    @Override
    public Page<WorkflowExecution> list(OrganizationId organizationId, WorkflowRuleId ruleId,
                                        WorkflowExecution.Status status, PageRequest page) {
        KeysetQuery query = ruleId == null
                ? KeysetQuery.onTable(table, Keys.org(organizationId.value()), EXECUTION)
                : KeysetQuery.onTable(table, rulePartition(organizationId, ruleId), EXECUTION);
        return query.page(db, page, DynamoDbWorkflowExecutionsAdapter::read,
                status == null ? null : e -> e.status() == status, e -> new Cursor(e.createdAt(), e.id().value()));
    }

    static Map<String, AttributeValue> item(String partition, WorkflowExecution e) {
        return new Attrs.Item()
                .put(Keys.PK, partition)
                .put(Keys.SK, EXECUTION + Keys.newestFirst(e.createdAt(), e.id().value()))
                .put("id", e.id().value())
                .put("organizationId", e.organizationId().value())
                .put("ruleId", e.ruleId().value())
                .put("eventId", e.eventId())
                .put("eventType", e.eventType())
                .put("status", e.status().name())
                .put("outcomes", AttributeValue.fromL(e.outcomes().stream().map(o -> AttributeValue.fromM(
                        new Attrs.Item()
                                .put("type", o.type())
                                .put("succeeded", o.succeeded())
                                .put("detail", o.detail())
                                .build())).toList()))
                .put("depth", e.depth())
                .put("createdAt", e.createdAt())
                .build();
    }

    static WorkflowExecution read(Map<String, AttributeValue> item) {
        AttributeValue outcomes = item.get("outcomes");
        List<WorkflowExecution.ActionOutcome> list = outcomes == null || !outcomes.hasL() ? List.of()
                : outcomes.l().stream()
                .map(o -> new WorkflowExecution.ActionOutcome(Attrs.str(o.m(), "type"), Attrs.flag(o.m(), "succeeded"),
                        Attrs.str(o.m(), "detail")))
                .toList();
        return new WorkflowExecution(WorkflowExecutionId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")),
                WorkflowRuleId.of(Attrs.required(item, "ruleId")), Attrs.required(item, "eventId"),
                Attrs.required(item, "eventType"), WorkflowExecution.Status.valueOf(Attrs.required(item, "status")),
                list, (int) Attrs.num(item, "depth"), Attrs.instant(item, "createdAt"));
    }
}
