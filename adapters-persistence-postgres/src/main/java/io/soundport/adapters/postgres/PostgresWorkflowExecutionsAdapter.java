package io.soundport.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workflow executions, written once, with the outcome of each action in a jsonb array. */
final class PostgresWorkflowExecutionsAdapter implements WorkflowExecutions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExecutionMapper MAPPER = new ExecutionMapper();
    private final JdbiTransactionRunner db;

    PostgresWorkflowExecutionsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("workflow_executions_pkey",
                        "A workflow execution with this id already exists", "id"));
    }

    @Override
    public void add(WorkflowExecution e) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO workflow_executions (id, organization_id, rule_id, event_id, event_type,
                                                         release_id, status, outcomes, depth, created_at)
                        VALUES (:id, :organization_id, :rule_id, :event_id, :event_type, :release_id, :status,
                                CAST(:outcomes AS jsonb), :depth, :created_at)""")
                .bind("id", e.id().value())
                .bind("organization_id", e.organizationId().value())
                .bind("rule_id", e.ruleId().value())
                .bind("event_id", e.eventId())
                .bind("event_type", e.eventType())
                .bind("release_id", e.releaseId() == null ? null : e.releaseId().value())
                .bind("status", e.status().name())
                .bind("outcomes", writeOutcomes(e.outcomes()))
                .bind("depth", e.depth())
                .bind("created_at", Sql.ts(e.createdAt()))
                .execute());
    }

    @Override
    public Optional<WorkflowExecution> find(OrganizationId organizationId, WorkflowExecutionId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM workflow_executions WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Page<WorkflowExecution> list(OrganizationId organizationId, WorkflowExecutionFilter filter,
                                        PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        StringBuilder sql = new StringBuilder(
                "SELECT * FROM workflow_executions WHERE organization_id = :organization_id");
        if (filter.ruleId() != null) {
            sql.append(" AND rule_id = :rule_id");
            params.put("rule_id", filter.ruleId().value());
        }
        if (filter.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.releaseId() != null) {
            sql.append(" AND release_id = :release_id");
            params.put("release_id", filter.releaseId().value());
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<WorkflowExecution> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params)
                .map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), e -> new Cursor(e.createdAt(), e.id().value()));
    }

    static String writeOutcomes(List<WorkflowExecution.ActionOutcome> outcomes) {
        ArrayNode array = JSON.createArrayNode();
        for (WorkflowExecution.ActionOutcome o : outcomes) {
            ObjectNode node = array.addObject();
            node.put("type", o.type());
            node.put("succeeded", o.succeeded());
            node.put("detail", o.detail());
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Workflow outcomes could not be written as JSON", e);
        }
    }

    static List<WorkflowExecution.ActionOutcome> readOutcomes(String json) {
        try {
            List<WorkflowExecution.ActionOutcome> outcomes = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                JsonNode type = node.get("type");
                JsonNode detail = node.get("detail");
                outcomes.add(new WorkflowExecution.ActionOutcome(type == null || type.isNull() ? null : type.asText(),
                        node.get("succeeded").booleanValue(),
                        detail == null || detail.isNull() ? null : detail.asText()));
            }
            return outcomes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A workflow execution holds outcomes that are not JSON", e);
        }
    }

    static final class ExecutionMapper implements RowMapper<WorkflowExecution> {
        @Override
        public WorkflowExecution map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new WorkflowExecution(WorkflowExecutionId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")), WorkflowRuleId.of(rs.getString("rule_id")),
                    rs.getString("event_id"), rs.getString("event_type"),
                    rs.getString("release_id") == null ? null : ReleaseId.of(rs.getString("release_id")),
                    WorkflowExecution.Status.valueOf(rs.getString("status")), readOutcomes(rs.getString("outcomes")),
                    rs.getInt("depth"), Sql.instant(rs, "created_at"));
        }
    }
}
