package io.soundport.adapters.postgres;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.notifications.Recipient;
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

/**
 * The opt-out list, one row per organization, channel and address (the recipient in its normal form). Pages are
 * newest first, {@link Recipient#key()} (the generated column {@code recipient_key}) breaking ties.
 */
final class PostgresOptOutsAdapter implements OptOuts {
    private static final OptOutMapper MAPPER = new OptOutMapper();
    private final JdbiTransactionRunner db;

    PostgresOptOutsAdapter(JdbiTransactionRunner db) {
        this.db = db;
        // add() inserts with ON CONFLICT DO NOTHING; declared all the same, so that no violation goes unexplained
        db.declare(new UniqueConstraint("notification_opt_outs_pkey", "This recipient has already opted out",
                "recipient"));
    }

    @Override
    public boolean add(OptOut o) {
        return db.withHandle(h -> h.createUpdate("""
                        INSERT INTO notification_opt_outs (organization_id, channel, address, created_at)
                        VALUES (:organization_id, :channel, :address, :created_at)
                        ON CONFLICT (organization_id, channel, address) DO NOTHING""")
                .bind("organization_id", o.organizationId().value())
                .bind("channel", o.recipient().channel().name())
                .bind("address", o.recipient().address())
                .bind("created_at", Sql.ts(o.createdAt()))
                .execute()) > 0;
    }

    @Override
    public boolean remove(OrganizationId organizationId, Recipient recipient) {
        return db.withHandle(h -> h.createUpdate("""
                        DELETE FROM notification_opt_outs
                        WHERE organization_id = :organization_id AND channel = :channel AND address = :address""")
                .bind("organization_id", organizationId.value())
                .bind("channel", recipient.channel().name())
                .bind("address", recipient.address())
                .execute()) > 0;
    }

    @Override
    public Optional<OptOut> find(OrganizationId organizationId, Recipient recipient) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM notification_opt_outs
                        WHERE organization_id = :organization_id AND channel = :channel AND address = :address""")
                .bind("organization_id", organizationId.value())
                .bind("channel", recipient.channel().name())
                .bind("address", recipient.address())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Page<OptOut> list(OrganizationId organizationId, Channel channel, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("organization_id", organizationId.value());
        String sql = "SELECT * FROM notification_opt_outs WHERE organization_id = :organization_id";
        if (channel != null) {
            sql += " AND channel = :channel";
            params.put("channel", channel.name());
        }
        sql += Sql.after(page, "recipient_key", params) + Sql.newestFirst(page, "recipient_key", params);
        String query = sql;
        List<OptOut> rows = db.withHandle(h -> h.createQuery(query).bindMap(params).map(MAPPER).list());
        return Page.fromOverfetch(rows, page.limit(), o -> new Cursor(o.createdAt(), o.recipient().key()));
    }

    static final class OptOutMapper implements RowMapper<OptOut> {
        @Override
        public OptOut map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new OptOut(OrganizationId.of(rs.getString("organization_id")),
                    new Recipient(Channel.valueOf(rs.getString("channel")), rs.getString("address")),
                    Sql.instant(rs, "created_at"));
        }
    }
}
