package io.soundport.adapters.postgres;

import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.Territory;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Partners, their territories in a text[] in the partner's order. The protocol is chosen once, when the partner is
 * created; an update leaves it as it is. A partner that deliveries refer to cannot be removed (their foreign key).
 */
final class PostgresPartnersAdapter implements Partners {
    private static final PartnerMapper MAPPER = new PartnerMapper();
    private final JdbiTransactionRunner db;

    PostgresPartnersAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(
                new UniqueConstraint("partners_pkey", "A partner with this id already exists", "id"),
                new UniqueConstraint("partners_org_id_key", "A partner with this id already exists", "id"));
    }

    @Override
    public void add(Partner p) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO partners (id, organization_id, name, protocol, endpoint, territories, active,
                                              credentials_ciphertext, created_at, updated_at, version, dpid,
                                              test, takedown)
                        VALUES (:id, :organization_id, :name, :protocol, :endpoint, CAST(:territories AS text[]),
                                :active, :credentials_ciphertext, :created_at, :updated_at, :version, :dpid,
                                :test, :takedown)""")
                .bind("id", p.id().value())
                .bind("organization_id", p.organizationId().value())
                .bind("protocol", p.protocol().name())
                .bind("created_at", Sql.ts(p.createdAt()))
                .bind("version", p.version())
                .bindMap(changeable(p))
                .bindArray("territories", String.class, territories(p))
                .execute());
    }

    @Override
    public Optional<Partner> find(OrganizationId organizationId, PartnerId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM partners WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Partner update(Partner p) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE partners
                        SET name = :name, endpoint = :endpoint, territories = CAST(:territories AS text[]),
                            active = :active, credentials_ciphertext = :credentials_ciphertext,
                            dpid = :dpid, test = :test, takedown = :takedown,
                            updated_at = :updated_at, version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", p.id().value())
                .bind("organization_id", p.organizationId().value())
                .bind("version", p.version())
                .bindMap(changeable(p))
                .bindArray("territories", String.class, territories(p))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "partners", "Partner", p.id().value(),
                        p.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, PartnerId id) {
        return db.withHandle(h -> {
            boolean delivered = h.createQuery("""
                            SELECT EXISTS (SELECT 1 FROM deliveries
                                           WHERE organization_id = :organization_id AND partner_id = :id)""")
                    .bind("id", id.value())
                    .bind("organization_id", organizationId.value())
                    .mapTo(Boolean.class)
                    .one();
            if (delivered) {
                throw DomainException.conflict("The partner has deliveries; deactivate it instead of removing it");
            }
            return h.createUpdate("DELETE FROM partners WHERE id = :id AND organization_id = :organization_id")
                    .bind("id", id.value())
                    .bind("organization_id", organizationId.value())
                    .execute() > 0;
        });
    }

    @Override
    public Page<Partner> list(OrganizationId organizationId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        String sql = "SELECT * FROM partners WHERE organization_id = :organization_id"
                + Sql.after(page, "id", params) + Sql.newestFirst(page, "id", params);
        List<Partner> rows = db.withHandle(h -> h.createQuery(sql).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), p -> new Cursor(p.createdAt(), p.id().value()));
    }

    @Override
    public List<Partner> active(OrganizationId organizationId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM partners WHERE organization_id = :organization_id AND active
                        ORDER BY created_at, id""")
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .list());
    }

    private static List<String> territories(Partner p) {
        return p.territories().stream().map(Territory::code).toList();
    }

    /** The columns an update may change, except territories (an array, bound apart). */
    private static Map<String, Object> changeable(Partner p) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", p.name());
        params.put("endpoint", p.endpoint());
        params.put("active", p.active());
        params.put("credentials_ciphertext", p.credentialsCiphertext());
        params.put("dpid", p.dpid() == null ? null : p.dpid().value());
        params.put("test", p.test());
        params.put("takedown", p.takedown().name());
        params.put("updated_at", Sql.ts(p.updatedAt()));
        return params;
    }

    static final class PartnerMapper implements RowMapper<Partner> {
        @Override
        public Partner map(ResultSet rs, StatementContext ctx) throws SQLException {
            List<Territory> territories = new ArrayList<>();
            for (Object code : (Object[]) rs.getArray("territories").getArray()) {
                territories.add(Territory.of((String) code));
            }
            return new Partner(PartnerId.of(rs.getString("id")), OrganizationId.of(rs.getString("organization_id")),
                    rs.getString("name"), Protocol.valueOf(rs.getString("protocol")), rs.getString("endpoint"),
                    territories, rs.getBoolean("active"), rs.getString("credentials_ciphertext"),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"),
                    DdexPartyId.ofNullable(rs.getString("dpid")), rs.getBoolean("test"),
                    TakedownMessage.valueOf(rs.getString("takedown")));
        }
    }
}
