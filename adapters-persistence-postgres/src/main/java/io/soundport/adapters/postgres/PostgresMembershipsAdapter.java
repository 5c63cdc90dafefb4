package io.soundport.adapters.postgres;

import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
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

/** A membership is keyed by (organization, user); its keyset cursor carries the user id. */
final class PostgresMembershipsAdapter implements Memberships {
    private static final MembershipMapper MAPPER = new MembershipMapper();
    private final JdbiTransactionRunner db;

    PostgresMembershipsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("memberships_pkey",
                        "The user is already a member of this organization", "user_id"));
    }

    @Override
    public void add(Membership m) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO memberships (organization_id, user_id, role, by_invitation, created_at, updated_at,
                                                 version)
                        VALUES (:organization_id, :user_id, :role, :by_invitation, :created_at, :updated_at, :version)""")
                .bind("organization_id", m.organizationId().value())
                .bind("user_id", m.userId().value())
                .bind("role", m.role().name())
                .bind("by_invitation", m.byInvitation())
                .bind("created_at", Sql.ts(m.createdAt()))
                .bind("updated_at", Sql.ts(m.updatedAt()))
                .bind("version", m.version())
                .execute());
    }

    @Override
    public Optional<Membership> find(OrganizationId organizationId, UserId userId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM memberships WHERE organization_id = :organization_id AND user_id = :user_id")
                .bind("organization_id", organizationId.value())
                .bind("user_id", userId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public List<Membership> ofUser(UserId userId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM memberships WHERE user_id = :user_id ORDER BY created_at, organization_id")
                .bind("user_id", userId.value())
                .map(MAPPER)
                .list());
    }

    @Override
    public Page<Membership> ofOrganization(OrganizationId organizationId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        String sql = "SELECT * FROM memberships WHERE organization_id = :organization_id"
                + Sql.after(page, "user_id", params) + Sql.newestFirst(page, "user_id", params);
        List<Membership> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), m -> new Cursor(m.createdAt(), m.userId().value()));
    }

    @Override
    public Membership update(Membership m) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE memberships SET role = :role, updated_at = :updated_at, version = version + 1
                        WHERE organization_id = :organization_id AND user_id = :user_id AND version = :version
                        RETURNING *""")
                .bind("organization_id", m.organizationId().value())
                .bind("user_id", m.userId().value())
                .bind("role", m.role().name())
                .bind("updated_at", Sql.ts(m.updatedAt()))
                .bind("version", m.version())
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> {
                    String name = m.organizationId().value() + "/" + m.userId().value();
                    return h.createQuery("""
                                    SELECT count(*) FROM memberships
                                    WHERE organization_id = :organization_id AND user_id = :user_id""")
                            .bind("organization_id", m.organizationId().value())
                            .bind("user_id", m.userId().value())
                            .mapTo(Integer.class).one() > 0
                            ? DomainException.staleVersion("Membership", name)
                            : DomainException.notFound("Membership", name);
                }));
    }

    @Override
    public boolean remove(OrganizationId organizationId, UserId userId) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM memberships WHERE organization_id = :organization_id AND user_id = :user_id")
                .bind("organization_id", organizationId.value())
                .bind("user_id", userId.value())
                .execute()) > 0;
    }

    @Override
    public int countWithRole(OrganizationId organizationId, Role role) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM memberships WHERE organization_id = :organization_id AND role = :role")
                .bind("organization_id", organizationId.value())
                .bind("role", role.name())
                .mapTo(Integer.class)
                .one());
    }

    static final class MembershipMapper implements RowMapper<Membership> {
        @Override
        public Membership map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Membership(OrganizationId.of(rs.getString("organization_id")), UserId.of(rs.getString("user_id")),
                    Role.valueOf(rs.getString("role")), rs.getBoolean("by_invitation"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                    rs.getLong("version"));
        }
    }
}
