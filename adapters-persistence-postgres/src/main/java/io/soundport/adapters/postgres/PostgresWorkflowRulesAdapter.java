package io.soundport.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import io.soundport.domain.workflow.WorkflowRules;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow rules, their conditions and actions in jsonb arrays written and read with Jackson, as the outbox does
 * its event data: a condition's value and an action's params come back as the JSON trees they were (maps, lists,
 * strings, booleans, null; integers as Integer or Long, other numbers as Double).
 */
final class PostgresWorkflowRulesAdapter implements WorkflowRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<LinkedHashMap<String, Object>>> LIST_OF_OBJECTS = new TypeReference<>() {
    };
    private static final RuleMapper MAPPER = new RuleMapper();
    private final JdbiTransactionRunner db;

    PostgresWorkflowRulesAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("workflow_rules_pkey", "A workflow rule with this id already exists", "id"));
    }

    @Override
    public void add(WorkflowRule r) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO workflow_rules (id, organization_id, name, trigger, conditions, actions, enabled,
                                                    created_at, updated_at, version)
                        VALUES (:id, :organization_id, :name, :trigger, CAST(:conditions AS jsonb),
                                CAST(:actions AS jsonb), :enabled, :created_at, :updated_at, :version)""")
                .bind("id", r.id().value())
                .bind("organization_id", r.organizationId().value())
                .bind("created_at", Sql.ts(r.createdAt()))
                .bind("version", r.version())
                .bindMap(changeable(r))
                .execute());
    }

    @Override
    public Optional<WorkflowRule> find(OrganizationId organizationId, WorkflowRuleId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM workflow_rules WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public WorkflowRule update(WorkflowRule r) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE workflow_rules
                        SET name = :name, trigger = :trigger, conditions = CAST(:conditions AS jsonb),
                            actions = CAST(:actions AS jsonb), enabled = :enabled, updated_at = :updated_at,
                            version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", r.id().value())
                .bind("organization_id", r.organizationId().value())
                .bind("version", r.version())
                .bindMap(changeable(r))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "workflow_rules", "Workflow rule", r.id().value(),
                        r.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, WorkflowRuleId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM workflow_rules WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<WorkflowRule> list(OrganizationId organizationId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        String sql = "SELECT * FROM workflow_rules WHERE organization_id = :organization_id"
                + Sql.after(page, "id", params) + Sql.newestFirst(page, "id", params);
        List<WorkflowRule> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), r -> new Cursor(r.createdAt(), r.id().value()));
    }

    @Override
    public List<WorkflowRule> triggeredBy(OrganizationId organizationId, String eventType) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM workflow_rules
                        WHERE organization_id = :organization_id AND trigger = :trigger AND enabled
                        ORDER BY created_at, id""")
                .bind("organization_id", organizationId.value())
                .bind("trigger", eventType)
                .map(MAPPER)
                .list());
    }

    /** The columns an update may change. */
    private static Map<String, Object> changeable(WorkflowRule r) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", r.name());
        params.put("trigger", r.trigger());
        params.put("conditions", writeConditions(r.conditions()));
        params.put("actions", writeActions(r.actions()));
        params.put("enabled", r.enabled());
        params.put("updated_at", Sql.ts(r.updatedAt()));
        return params;
    }

    static String writeConditions(List<Condition> conditions) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Condition c : conditions) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("field", c.field());
            object.put("op", c.op().name());
            object.put("value", c.value());
            objects.add(object);
        }
        return write(objects, "conditions");
    }

    static String writeActions(List<Action> actions) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Action a : actions) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("type", a.type().name());
            object.put("params", a.params());
            objects.add(object);
        }
        return write(objects, "actions");
    }

    static List<Condition> readConditions(String json) {
        List<Condition> conditions = new ArrayList<>();
        for (Map<String, Object> object : read(json, "conditions")) {
            conditions.add(new Condition((String) object.get("field"), Condition.Op.valueOf((String) object.get("op")),
                    object.get("value")));
        }
        return conditions;
    }

    @SuppressWarnings("unchecked")
    static List<Action> readActions(String json) {
        List<Action> actions = new ArrayList<>();
        for (Map<String, Object> object : read(json, "actions")) {
            actions.add(new Action(Action.Type.valueOf((String) object.get("type")),
                    (Map<String, Object>) object.get("params")));
        }
        return actions;
    }

    private static String write(List<Map<String, Object>> objects, String what) {
        try {
            return JSON.writeValueAsString(objects);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The workflow " + what + " cannot be written as JSON", e);
        }
    }

    private static List<LinkedHashMap<String, Object>> read(String json, String what) {
        try {
            return JSON.readValue(json, LIST_OF_OBJECTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A workflow rule holds " + what + " that are not a JSON array", e);
        }
    }

    static final class RuleMapper implements RowMapper<WorkflowRule> {
        @Override
        public WorkflowRule map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new WorkflowRule(WorkflowRuleId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")), rs.getString("name"),
                    rs.getString("trigger"), readConditions(rs.getString("conditions")),
                    readActions(rs.getString("actions")), rs.getBoolean("enabled"), Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }
}
