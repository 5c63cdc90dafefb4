package io.soundport.adapters.postgres;

import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.OrganizationId;
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

/** Removing an application removes its API keys with it (foreign key ON DELETE CASCADE). */
final class PostgresApplicationsAdapter implements Applications {
    private static final ApplicationMapper MAPPER = new ApplicationMapper();
    private final JdbiTransactionRunner db;

    PostgresApplicationsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("applications_pkey", "An application with this id already exists", "id"),
                new UniqueConstraint("applications_org_id_key", "An application with this id already exists", "id"));
    }

    @Override
    public void add(Application a) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO applications (id, organization_id, name, email, domain, created_at, updated_at,
                                                  version)
                        VALUES (:id, :organization_id, :name, :email, :domain, :created_at, :updated_at, :version)""")
                .bind("id", a.id().value())
                .bind("organization_id", a.organizationId().value())
                .bind("name", a.name())
                .bind("email", a.email() == null ? null : a.email().value())
                .bind("domain", a.domain())
                .bind("created_at", Sql.ts(a.createdAt()))
                .bind("updated_at", Sql.ts(a.updatedAt()))
                .bind("version", a.version())
                .execute());
    }

    @Override
    public Optional<Application> find(OrganizationId organizationId, ApplicationId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM applications WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Application update(Application a) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE applications SET name = :name, email = :email, domain = :domain,
                               updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", a.id().value())
                .bind("organization_id", a.organizationId().value())
                .bind("name", a.name())
                .bind("email", a.email() == null ? null : a.email().value())
                .bind("domain", a.domain())
                .bind("updated_at", Sql.ts(a.updatedAt()))
                .bind("version", a.version())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "applications", "Application", a.id().value(),
                        a.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, ApplicationId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM applications WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<Application> list(OrganizationId organizationId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        String sql = "SELECT * FROM applications WHERE organization_id = :organization_id"
                + Sql.after(page, "id", params) + Sql.newestFirst(page, "id", params);
        List<Application> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), a -> new Cursor(a.createdAt(), a.id().value()));
    }

    static final class ApplicationMapper implements RowMapper<Application> {
        @Override
        public Application map(ResultSet rs, StatementContext ctx) throws SQLException {
            String email = rs.getString("email");
            return new Application(ApplicationId.of(rs.getString("id")),
                    OrganizationId.of(rs.getString("organization_id")), rs.getString("name"),
                    email == null ? null : Email.of(email), rs.getString("domain"), Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "updated_at"), rs.getLong("version"));
        }
    }
}
