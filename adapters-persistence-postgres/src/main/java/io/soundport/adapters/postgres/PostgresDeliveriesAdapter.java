package io.soundport.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryAttempt;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deliveries with their attempts in a jsonb array. An update changes only the delivery state (status, attempts,
 * partner reference, next attempt, updated_at): the release, the partner and the kind never change.
 */
final class PostgresDeliveriesAdapter implements Deliveries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DeliveryMapper MAPPER = new DeliveryMapper();
    private final JdbiTransactionRunner db;

    PostgresDeliveriesAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("deliveries_pkey", "A delivery with this id already exists", "id"));
    }

    @Override
    public void add(Delivery d) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO deliveries (id, organization_id, release_id, partner_id, kind, status, attempts,
                                                partner_reference, next_attempt_at, created_at, updated_at, version)
                        VALUES (:id, :organization_id, :release_id, :partner_id, :kind, :status,
                                CAST(:attempts AS jsonb), :partner_reference, :next_attempt_at, :created_at,
                                :updated_at, :version)""")
                .bind("id", d.id().value())
                .bind("organization_id", d.organizationId().value())
                .bind("release_id", d.releaseId().value())
                .bind("partner_id", d.partnerId().value())
                .bind("kind", d.kind().name())
                .bind("created_at", Sql.ts(d.createdAt()))
                .bind("version", d.version())
                .bindMap(changeable(d))
                .execute());
    }

    @Override
    public Optional<Delivery> find(OrganizationId organizationId, DeliveryId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM deliveries WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Delivery update(Delivery d) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE deliveries
                        SET status = :status, attempts = CAST(:attempts AS jsonb),
                            partner_reference = :partner_reference, next_attempt_at = :next_attempt_at,
                            updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", d.id().value())
                .bind("organization_id", d.organizationId().value())
                .bind("version", d.version())
                .bindMap(changeable(d))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "deliveries", "Delivery", d.id().value(),
                        d.organizationId().value())));
    }

    @Override
    public Page<Delivery> list(OrganizationId organizationId, DeliveryFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        StringBuilder sql = new StringBuilder("SELECT * FROM deliveries WHERE organization_id = :organization_id");
        if (filter.releaseId() != null) {
            sql.append(" AND release_id = :release_id");
            params.put("release_id", filter.releaseId().value());
        }
        if (filter.partnerId() != null) {
            sql.append(" AND partner_id = :partner_id");
            params.put("partner_id", filter.partnerId().value());
        }
        if (filter.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<Delivery> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), d -> new Cursor(d.createdAt(), d.id().value()));
    }

    @Override
    public List<Delivery> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM deliveries
                        WHERE organization_id = :organization_id AND release_id = :release_id
                        ORDER BY created_at, id""")
                .bind("organization_id", organizationId.value())
                .bind("release_id", releaseId.value())
                .map(MAPPER)
                .list());
    }

    /** The columns an update may change. */
    private static Map<String, Object> changeable(Delivery d) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", d.status().name());
        params.put("attempts", writeAttempts(d.attempts()));
        params.put("partner_reference", d.partnerReference());
        params.put("next_attempt_at", Sql.ts(d.nextAttemptAt()));
        params.put("updated_at", Sql.ts(d.updatedAt()));
        return params;
    }

    /** Each attempt as an object; {@code at} as an ISO-8601 instant, which keeps every digit of it. */
    static String writeAttempts(List<DeliveryAttempt> attempts) {
        ArrayNode array = JSON.createArrayNode();
        for (DeliveryAttempt a : attempts) {
            ObjectNode node = array.addObject();
            node.put("number", a.number());
            node.put("at", a.at().toString());
            node.put("succeeded", a.succeeded());
            node.put("error", a.error());
            node.put("partner_reference", a.partnerReference());
            node.put("duration_ms", a.durationMs());
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Delivery attempts could not be written as JSON", e);
        }
    }

    static List<DeliveryAttempt> readAttempts(String json) {
        try {
            List<DeliveryAttempt> attempts = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                attempts.add(new DeliveryAttempt(node.get("number").intValue(),
                        Instant.parse(node.get("at").asText()), node.get("succeeded").booleanValue(),
                        text(node, "error"), text(node, "partner_reference"), node.get("duration_ms").longValue()));
            }
            return attempts;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery holds attempts that are not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static final class DeliveryMapper implements RowMapper<Delivery> {
        @Override
        public Delivery map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Delivery(DeliveryId.of(rs.getString("id")), OrganizationId.of(rs.getString("organization_id")),
                    ReleaseId.of(rs.getString("release_id")), PartnerId.of(rs.getString("partner_id")),
                    DeliveryKind.valueOf(rs.getString("kind")), DeliveryStatus.valueOf(rs.getString("status")),
                    readAttempts(rs.getString("attempts")), rs.getString("partner_reference"),
                    Sql.instant(rs, "next_attempt_at"), Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }
}
