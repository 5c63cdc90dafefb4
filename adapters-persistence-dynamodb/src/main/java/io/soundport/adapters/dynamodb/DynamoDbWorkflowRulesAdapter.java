package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.soundport.domain.workflow.WorkflowRules;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow rule is {@code ORG#<org> / WFRULE#<id>} in the entities table: newest first on {@code lsi1}
 * ({@code WFRULE#<time>#<id>}); while enabled also on {@code lsi2} ({@code WFTRIGGER#<sha256 of trigger>#<time>#<id>},
 * a sparse entry that a disabled rule drops by the same write), so that {@link #triggeredBy} is one strongly
 * consistent query of the rules of one trigger, oldest first. The digest keeps any event type out of the key's
 * syntax; the trigger itself is compared again on read.
 *
 * <p>Conditions and actions are native DynamoDB lists of maps: a condition is {@code {field, op, value}} with the
 * value as a JSON-shaped tree (string, number, boolean, null, list, map), an action {@code {type, params}} with the
 * parameters as a map tree. Numbers read back as a JSON parser gives them (Integer, Long, BigInteger or Double).
 */
final class DynamoDbWorkflowRulesAdapter implements WorkflowRules {
    private static final String RULE = "WFRULE#";
    private static final String TRIGGER = "WFTRIGGER#";
    private static final String RESOURCE = "Workflow rule";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbWorkflowRulesAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, WorkflowRuleId id) {
        return Keys.key(Keys.org(org.value()), RULE + id.value());
    }

    private static String triggerPrefix(String trigger) {
        return TRIGGER + Keys.digest(trigger) + "#";
    }

    @Override
    public void add(WorkflowRule rule) {
        db.write(Write.put(table, item(rule), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists(RESOURCE, rule.id().value())));
    }

    @Override
    public Optional<WorkflowRule> find(OrganizationId organizationId, WorkflowRuleId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(DynamoDbWorkflowRulesAdapter::read);
    }

    @Override
    public WorkflowRule update(WorkflowRule r) {
        WorkflowRule stored = new WorkflowRule(r.id(), r.organizationId(), r.name(), r.trigger(), r.conditions(),
                r.actions(), r.enabled(), r.createdAt(), r.updatedAt(), r.version() + 1);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(r.version()),
                Conditions.staleOrMissing(RESOURCE, r.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, WorkflowRuleId id) {
        if (find(organizationId, id).isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.staleOrMissing(RESOURCE, id.value())));
        return true;
    }

    @Override
    public Page<WorkflowRule> list(OrganizationId organizationId, PageRequest page) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), RULE)
                .page(db, page, DynamoDbWorkflowRulesAdapter::read, null,
                        r -> new Cursor(r.createdAt(), r.id().value()));
    }

    @Override
    public List<WorkflowRule> triggeredBy(OrganizationId organizationId, String eventType) {
        Objects.requireNonNull(eventType, "eventType");
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, Keys.org(organizationId.value()),
                        triggerPrefix(eventType))
                .all(db, true).stream()
                .map(DynamoDbWorkflowRulesAdapter::read)
                .filter(r -> r.enabled() && r.trigger().equals(eventType))
                .toList();
    }

    static Map<String, AttributeValue> item(WorkflowRule r) {
        String order = Keys.newestFirst(r.createdAt(), r.id().value());
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(r.organizationId().value()))
                .put(Keys.SK, RULE + r.id().value())
                .put(Keys.LSI1, RULE + order)
                .put(Keys.LSI2, r.enabled() ? triggerPrefix(r.trigger()) + order : null)
                .put("id", r.id().value())
                .put("organizationId", r.organizationId().value())
                .put("name", r.name())
                .put("trigger", r.trigger())
                .put("conditions", AttributeValue.fromL(r.conditions().stream().map(c -> AttributeValue.fromM(
                        new Attrs.Item()
                                .put("field", c.field())
                                .put("op", c.op().name())
                                .put("value", Attrs.tree(c.value()))
                                .build())).toList()))
                .put("actions", AttributeValue.fromL(r.actions().stream().map(a -> AttributeValue.fromM(
                        new Attrs.Item()
                                .put("type", a.type().name())
                                .put("params", Attrs.tree(a.params()))
                                .build())).toList()))
                .put("enabled", r.enabled())
                .put("createdAt", r.createdAt())
                .put("updatedAt", r.updatedAt())
                .put("version", r.version())
                .build();
    }

    @SuppressWarnings("unchecked")
    static WorkflowRule read(Map<String, AttributeValue> item) {
        List<Condition> conditions = maps(item, "conditions").stream()
                .map(c -> new Condition(Attrs.required(c, "field"), Condition.Op.valueOf(Attrs.required(c, "op")),
                        c.get("value") == null ? null : Attrs.untree(c.get("value"))))
                .toList();
        List<Action> actions = maps(item, "actions").stream()
                .map(a -> new Action(Action.Type.valueOf(Attrs.required(a, "type")),
                        a.get("params") == null ? Map.of() : (Map<String, Object>) Attrs.untree(a.get("params"))))
                .toList();
        return new WorkflowRule(WorkflowRuleId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "name"),
                Attrs.required(item, "trigger"), conditions, actions, Attrs.flag(item, "enabled"),
                Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
    }

    private static List<Map<String, AttributeValue>> maps(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::m).toList();
    }
}
