package io.soundport.adapters.dynamodb;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.workflow.WorkflowExecution;
import io.soundport.domain.workflow.WorkflowExecutionFilter;
import io.soundport.domain.workflow.WorkflowExecutionId;
import io.soundport.domain.workflow.WorkflowExecutions;
import io.soundport.domain.workflow.WorkflowRuleId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow executions on the table {@code <prefix>workflow_executions}, which has no index and so no cap on the
 * size of a partition (every event that matches a rule leaves one). An execution never changes once added, and is
 * stored two or three times, every copy whole:
 * <ul>
 *   <li>{@code ORG#<org> / WFX#<time>#<id>}: every execution of the organization, newest first;</li>
 *   <li>{@code ORG#<org>#RULE#<rule> / WFX#<time>#<id>}: the executions of one rule, newest first;</li>
 *   <li>{@code ORG#<org>#REL#<release> / WFX#<time>#<id>}: the executions about one release, newest first (only
 *   for an execution with a release).</li>
 * </ul>
 * A release filter reads the release's partition, else a rule filter the rule's; the other filters are applied page
 * by page while reading. A pointer {@code WFX#<id> / #ID} (organizationId, ruleId, createdAt), written with the
 * copies in one transaction with {@code attribute_not_exists(pk)}, makes the id unique and finds an execution by id
 * alone. Executions added before the release was kept have no {@code releaseId} and read as about no release.
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

    private static String releasePartition(OrganizationId org, ReleaseId release) {
        return Keys.org(org.value()) + "#REL#" + release.value();
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
        List<String> partitions = new ArrayList<>(List.of(Keys.org(execution.organizationId().value()),
                rulePartition(execution.organizationId(), execution.ruleId())));
        if (execution.releaseId() != null) {
            partitions.add(releasePartition(execution.organizationId(), execution.releaseId()));
        }
        List<Write> writes = new ArrayList<>();
        writes.add(Write.put(table, pointer, Conditions.ABSENT, Map.of(), Map.of(), Conditions.exists(RESOURCE, id)));
        partitions.forEach(partition -> writes.add(Write.put(table, item(partition, execution), Conditions.ABSENT,
                Map.of(), Map.of(), Conditions.exists(RESOURCE, id))));
        db.write(writes);
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
    public Page<WorkflowExecution> list(OrganizationId organizationId, WorkflowExecutionFilter filter,
                                        PageRequest page) {
        String partition = filter.releaseId() != null ? releasePartition(organizationId, filter.releaseId())
                : filter.ruleId() != null ? rulePartition(organizationId, filter.ruleId())
                : Keys.org(organizationId.value());
        boolean partitionIsTheFilter = filter.status() == null
                && (filter.releaseId() == null || filter.ruleId() == null);
        return KeysetQuery.onTable(table, partition, EXECUTION).page(db, page, DynamoDbWorkflowExecutionsAdapter::read,
                partitionIsTheFilter ? null : filter::matches, e -> new Cursor(e.createdAt(), e.id().value()));
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
                .put("releaseId", e.releaseId() == null ? null : e.releaseId().value())
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

    private static ReleaseId releaseIdOf(String value) {
        return value == null ? null : ReleaseId.of(value);
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
                Attrs.required(item, "eventType"), releaseIdOf(Attrs.str(item, "releaseId")),
                WorkflowExecution.Status.valueOf(Attrs.required(item, "status")),
                list, (int) Attrs.num(item, "depth"), Attrs.instant(item, "createdAt"));
    }
}
