package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.integrations.ads.Sha256Hex;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceFilter;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceMember;
import io.soundport.domain.marketing.AudienceSync;
import io.soundport.domain.marketing.AudienceSyncStatus;
import io.soundport.domain.marketing.AudienceType;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audiences in {@code audiences}, newest first on {@code (organization_id, created_at, id)}, per type and per
 * lookalike origin on their own indexes; members in {@code audience_members} keyed by {@code (audience_id,
 * member_key)}, added with {@code ON CONFLICT DO NOTHING} (a key held already is skipped, not an error) and removed
 * with their audience by the foreign key's cascade.
 */
final class PostgresAudiencesAdapter implements Audiences {
    private static final String RESOURCE = "Audience";
    private static final AudienceMapper MAPPER = new AudienceMapper();
    private static final RowMapper<AudienceMember> MEMBER = (rs, ctx) -> new AudienceMember(
            hash(rs.getString("email_sha256")), hash(rs.getString("phone_sha256")));
    private final JdbiTransactionRunner db;

    PostgresAudiencesAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("audiences_pkey", "An audience with this id already exists", "id"));
        db.declare(new UniqueConstraint("audience_members_pkey",
                "These people are being added to the audience by another request", "members"));
    }

    @Override
    public void add(Audience a) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO audiences (id, organization_id, name, description, type, source, country,
                                               lookalike_origin_id, lookalike_ratio, member_count, meta_ad_account_id,
                                               meta_audience_id, sync_status, sync_sent, sync_total, sync_cursor,
                                               sync_started_by, sync_started_at, synced_at, sync_failure_reason,
                                               created_at, updated_at, version)
                        VALUES (:id, :organization_id, :name, :description, :type, :source, :country,
                                :lookalike_origin_id, :lookalike_ratio, :member_count, :meta_ad_account_id,
                                :meta_audience_id, :sync_status, :sync_sent, :sync_total, :sync_cursor,
                                :sync_started_by, :sync_started_at, :synced_at, :sync_failure_reason,
                                :created_at, :updated_at, :version)""")
                .bind("id", a.id().value())
                .bind("organization_id", a.organizationId().value())
                .bind("type", a.type().name())
                .bind("lookalike_origin_id", a.lookalike() == null ? null : a.lookalike().origin().value())
                .bind("lookalike_ratio", a.lookalike() == null ? null : a.lookalike().ratio())
                .bind("created_at", Sql.ts(a.createdAt()))
                .bind("version", a.version())
                .bindMap(changeable(a))
                .execute());
    }

    @Override
    public Optional<Audience> find(OrganizationId organizationId, AudienceId id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM audiences WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Audience update(Audience a) {
        return db.withHandle(h -> h.createQuery("""
                        UPDATE audiences
                        SET name = :name, description = :description, source = :source, country = :country,
                            member_count = :member_count, meta_ad_account_id = :meta_ad_account_id,
                            meta_audience_id = :meta_audience_id, sync_status = :sync_status, sync_sent = :sync_sent,
                            sync_total = :sync_total, sync_cursor = :sync_cursor, sync_started_by = :sync_started_by,
                            sync_started_at = :sync_started_at, synced_at = :synced_at,
                            sync_failure_reason = :sync_failure_reason, updated_at = :updated_at,
                            version = version + 1
                        WHERE id = :id AND organization_id = :organization_id AND version = :version
                        RETURNING *""")
                .bind("id", a.id().value())
                .bind("organization_id", a.organizationId().value())
                .bind("version", a.version())
                .bindMap(changeable(a))
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> Sql.staleOrMissing(h, "audiences", RESOURCE, a.id().value(),
                        a.organizationId().value())));
    }

    @Override
    public boolean remove(OrganizationId organizationId, AudienceId id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM audiences WHERE id = :id AND organization_id = :organization_id")
                .bind("id", id.value())
                .bind("organization_id", organizationId.value())
                .execute()) > 0;
    }

    @Override
    public Page<Audience> list(OrganizationId organizationId, AudienceFilter filter, PageRequest page) {
        AudienceFilter f = filter == null ? AudienceFilter.ALL : filter;
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM audiences WHERE organization_id = :organization_id");
        params.put("organization_id", organizationId.value());
        if (f.type() != null) {
            sql.append(" AND type = :type");
            params.put("type", f.type().name());
        }
        if (f.origin() != null) {
            sql.append(" AND lookalike_origin_id = :origin");
            params.put("origin", f.origin().value());
        }
        sql.append(Sql.after(page, "id", params)).append(Sql.newestFirst(page, "id", params));
        List<Audience> rows = db.withHandle(h -> h.createQuery(sql.toString()).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), Audiences::cursorOf);
    }

    @Override
    public int addMembers(OrganizationId organizationId, AudienceId id, List<AudienceMember> members) {
        Map<String, AudienceMember> byKey = new LinkedHashMap<>();
        members.forEach(m -> byKey.putIfAbsent(m.key(), m));
        return db.withHandle(h -> {
            requireAudience(h, organizationId, id);
            if (byKey.isEmpty()) {
                return 0;
            }
            List<String> keys = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            List<String> phones = new ArrayList<>();
            byKey.values().forEach(m -> {
                keys.add(m.key());
                emails.add(m.email() == null ? null : m.email().value());
                phones.add(m.phone() == null ? null : m.phone().value());
            });
            return h.createUpdate("""
                            INSERT INTO audience_members (audience_id, member_key, email_sha256, phone_sha256)
                            SELECT :audience_id, m.member_key, m.email_sha256, m.phone_sha256
                            FROM unnest(CAST(:keys AS text[]), CAST(:emails AS text[]), CAST(:phones AS text[]))
                                 AS m (member_key, email_sha256, phone_sha256)
                            ON CONFLICT (audience_id, member_key) DO NOTHING""")
                    .bind("audience_id", id.value())
                    .bindArray("keys", String.class, keys)
                    .bindArray("emails", String.class, emails)
                    .bindArray("phones", String.class, phones)
                    .execute();
        });
    }

    @Override
    public int removeMembers(OrganizationId organizationId, AudienceId id, List<String> keys) {
        return db.withHandle(h -> {
            requireAudience(h, organizationId, id);
            return h.createUpdate("DELETE FROM audience_members WHERE audience_id = :audience_id "
                            + "AND member_key = ANY(CAST(:keys AS text[]))")
                    .bind("audience_id", id.value())
                    .bindArray("keys", String.class, keys.stream().distinct().toList())
                    .execute();
        });
    }

    @Override
    public List<AudienceMember> members(OrganizationId organizationId, AudienceId id, String afterKey, int limit) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT m.email_sha256, m.phone_sha256 FROM audience_members m
                        JOIN audiences a ON a.id = m.audience_id AND a.organization_id = :organization_id
                        WHERE m.audience_id = :audience_id AND (CAST(:after AS text) IS NULL OR m.member_key > :after)
                        ORDER BY m.member_key LIMIT :page_limit""")
                .bind("organization_id", organizationId.value())
                .bind("audience_id", id.value())
                .bind("after", afterKey)
                .bind("page_limit", limit)
                .map(MEMBER)
                .list());
    }

    private static void requireAudience(Handle h, OrganizationId organizationId, AudienceId id) {
        boolean there = h.createQuery("SELECT count(*) FROM audiences WHERE id = :id AND organization_id = :org")
                .bind("id", id.value())
                .bind("org", organizationId.value())
                .mapTo(Integer.class).one() > 0;
        if (!there) {
            throw DomainException.notFound(RESOURCE, id.value());
        }
    }

    /** The columns an update may change. */
    private static Map<String, Object> changeable(Audience a) {
        AudienceSync s = a.sync();
        Map<String, Object> params = new HashMap<>();
        params.put("name", a.name());
        params.put("description", a.description());
        params.put("source", a.source() == null ? null : a.source().name());
        params.put("country", a.country());
        params.put("member_count", a.memberCount());
        params.put("meta_ad_account_id", s.adAccountId() == null ? null : s.adAccountId().value());
        params.put("meta_audience_id", s.metaAudienceId() == null ? null : s.metaAudienceId().value());
        params.put("sync_status", s.status().name());
        params.put("sync_sent", s.sent());
        params.put("sync_total", s.total());
        params.put("sync_cursor", s.cursor());
        params.put("sync_started_by", s.startedBy() == null ? null : s.startedBy().value());
        params.put("sync_started_at", Sql.ts(s.startedAt()));
        params.put("synced_at", Sql.ts(s.syncedAt()));
        params.put("sync_failure_reason", s.failureReason());
        params.put("updated_at", Sql.ts(a.updatedAt()));
        return params;
    }

    private static Sha256Hex hash(String value) {
        return value == null ? null : new Sha256Hex(value);
    }

    static final class AudienceMapper implements RowMapper<Audience> {
        @Override
        public Audience map(ResultSet rs, StatementContext ctx) throws SQLException {
            String origin = rs.getString("lookalike_origin_id");
            BigDecimal ratio = rs.getBigDecimal("lookalike_ratio");
            String source = rs.getString("source");
            String account = rs.getString("meta_ad_account_id");
            String metaId = rs.getString("meta_audience_id");
            String startedBy = rs.getString("sync_started_by");
            AudienceSync sync = new AudienceSync(account == null ? null : AdAccountId.of(account),
                    metaId == null ? null : io.soundport.domain.integrations.ads.AudienceId.of(metaId),
                    AudienceSyncStatus.valueOf(rs.getString("sync_status")), rs.getLong("sync_sent"),
                    rs.getLong("sync_total"), rs.getString("sync_cursor"),
                    startedBy == null ? null : UserId.of(startedBy),
                    Sql.instant(rs, "sync_started_at"), Sql.instant(rs, "synced_at"),
                    rs.getString("sync_failure_reason"));
            return new Audience(AudienceId.of(rs.getString("id")), OrganizationId.of(rs.getString("organization_id")),
                    rs.getString("name"), rs.getString("description"), AudienceType.valueOf(rs.getString("type")),
                    source == null ? null : CustomerFileSource.valueOf(source), rs.getString("country"),
                    origin == null ? null : new Audience.Lookalike(AudienceId.of(origin), ratio),
                    rs.getLong("member_count"), sync, Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                    rs.getLong("version"));
        }
    }
}
