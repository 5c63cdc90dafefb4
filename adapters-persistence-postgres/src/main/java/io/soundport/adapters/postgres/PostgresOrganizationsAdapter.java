package io.soundport.adapters.postgres;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationFilter;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.OrganizationStatus;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.Suspension;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class PostgresOrganizationsAdapter implements Organizations {
    private static final OrganizationMapper MAPPER = new OrganizationMapper();
    private final JdbiTransactionRunner db;

    PostgresOrganizationsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("organizations_pkey", "An organization with this id already exists", "id"));
    }

    @Override
    public void add(Organization o) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO organizations (id, name, tier, suspended_at, suspended_by, suspension_reason,
                                                   created_at, updated_at, version, dpid, party_name)
                        VALUES (:id, :name, :tier, :suspended_at, :suspended_by, :suspension_reason,
                                :created_at, :updated_at, :version, :dpid, :party_name)""")
                .bind("id", o.id().value())
                .bind("name", o.name())
                .bind("tier", o.tier().name())
                .bindMap(suspension(o))
                .bind("created_at", Sql.ts(o.createdAt()))
                .bind("updated_at", Sql.ts(o.updatedAt()))
                .bind("version", o.version())
                .execute());
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM organizations WHERE id = :id")
                .bind("id", id.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Organization update(Organization o) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE organizations SET name = :name, tier = :tier, suspended_at = :suspended_at,
                               suspended_by = :suspended_by, suspension_reason = :suspension_reason,
                               dpid = :dpid, party_name = :party_name, updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND version = :version
                        RETURNING *""")
                .bind("id", o.id().value())
                .bind("name", o.name())
                .bind("tier", o.tier().name())
                .bindMap(suspension(o))
                .bind("updated_at", Sql.ts(o.updatedAt()))
                .bind("version", o.version())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "organizations", "Organization", o.id().value(), null)));
    }

    @Override
    public Page<Organization> search(OrganizationFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM organizations WHERE true");
        if (filter.text() != null) {
            sql.append(" AND (id = :text OR name ILIKE :name_pattern ESCAPE '\\')");
            params.put("text", filter.text());
            params.put("name_pattern", Sql.containsPattern(filter.text()));
        }
        if (filter.tier() != null) {
            sql.append(" AND tier = :tier");
            params.put("tier", filter.tier().name());
        }
        if (filter.status() != null) {
            sql.append(filter.status() == OrganizationStatus.SUSPENDED ? " AND suspended_at IS NOT NULL"
                    : " AND suspended_at IS NULL");
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<Organization> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), o -> new Cursor(o.createdAt(), o.id().value()));
    }

    private static Map<String, Object> suspension(Organization o) {
        Suspension s = o.suspension();
        Map<String, Object> values = new HashMap<>();
        values.put("suspended_at", s == null ? null : Sql.ts(s.at()));
        values.put("suspended_by", s == null ? null : s.by().value());
        values.put("suspension_reason", s == null ? null : s.reason());
        values.put("dpid", o.dpid() == null ? null : o.dpid().value());
        values.put("party_name", o.partyName());
        return values;
    }

    static final class OrganizationMapper implements RowMapper<Organization> {
        @Override
        public Organization map(ResultSet rs, StatementContext ctx) throws SQLException {
            Instant suspendedAt = Sql.instant(rs, "suspended_at");
            Suspension suspension = suspendedAt == null ? null : new Suspension(suspendedAt,
                    UserId.of(rs.getString("suspended_by")), rs.getString("suspension_reason"));
            return new Organization(OrganizationId.of(rs.getString("id")), rs.getString("name"),
                    Tier.valueOf(rs.getString("tier")), suspension, Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "updated_at"), rs.getLong("version"), DdexPartyId.ofNullable(rs.getString("dpid")),
                    rs.getString("party_name"));
        }
    }
}
