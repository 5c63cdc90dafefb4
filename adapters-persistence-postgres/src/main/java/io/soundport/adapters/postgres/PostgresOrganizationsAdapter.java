package io.soundport.adapters.postgres;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
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
                        INSERT INTO organizations (id, name, tier, created_at, updated_at, version)
                        VALUES (:id, :name, :tier, :created_at, :updated_at, :version)""")
                .bind("id", o.id().value())
                .bind("name", o.name())
                .bind("tier", o.tier().name())
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
                        UPDATE organizations SET name = :name, tier = :tier, updated_at = :updated_at,
                               version = version + 1
                        WHERE id = :id AND version = :version
                        RETURNING *""")
                .bind("id", o.id().value())
                .bind("name", o.name())
                .bind("tier", o.tier().name())
                .bind("updated_at", Sql.ts(o.updatedAt()))
                .bind("version", o.version())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "organizations", "Organization", o.id().value(), null)));
    }

    @Override
    public Page<Organization> list(PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT * FROM organizations WHERE true" + Sql.after(page, "id", params)
                + Sql.newestFirst(page, "id", params);
        List<Organization> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), o -> new Cursor(o.createdAt(), o.id().value()));
    }

    static final class OrganizationMapper implements RowMapper<Organization> {
        @Override
        public Organization map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Organization(OrganizationId.of(rs.getString("id")), rs.getString("name"),
                    Tier.valueOf(rs.getString("tier")), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                    rs.getLong("version"));
        }
    }
}
