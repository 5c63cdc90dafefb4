package io.soundport.adapters.postgres;

import io.soundport.domain.analytics.RecordedFacts;
import io.soundport.domain.analytics.RollupRow;
import io.soundport.domain.analytics.Rollups;
import io.soundport.domain.analytics.Series;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.identity.OrganizationId;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stream facts in {@code stream_event_keys} and {@code stream_rollups}, in one transaction per batch: the keys are
 * inserted with {@code ON CONFLICT DO NOTHING RETURNING}, so only the facts whose key was new are added to the
 * rollups, with one upsert of all their increments. A concurrent insert of the same key waits for the other
 * transaction and then finds the key taken, so a fact counts once however many senders race. Keys and rows are
 * written in one sorted order, so two batches touching the same rows never deadlock.
 */
final class PostgresStreamFactsAdapter implements StreamFacts {
    private final JdbiTransactionRunner db;

    PostgresStreamFactsAdapter(JdbiTransactionRunner db) {
        this.db = db;
    }

    @Override
    public RecordedFacts record(OrganizationId organizationId, List<StreamFact> facts, Instant now) {
        Map<String, StreamFact> byKey = new LinkedHashMap<>();
        facts.forEach(f -> byKey.putIfAbsent(f.key().value(), f));
        String[] keys = byKey.keySet().stream().sorted().toArray(String[]::new);
        return db.inTransaction(() -> db.withHandle(h -> {
            Set<String> fresh = new HashSet<>(h.createQuery("""
                            INSERT INTO stream_event_keys (organization_id, event_key, recorded_at)
                            SELECT :organization_id, k.key, :now FROM unnest(:keys) WITH ORDINALITY AS k(key, n)
                            ORDER BY k.n
                            ON CONFLICT DO NOTHING
                            RETURNING event_key""")
                    .bind("organization_id", organizationId.value())
                    .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .bindArray("keys", String.class, (Object[]) keys)
                    .mapTo(String.class)
                    .list());
            List<StreamFact> counted = byKey.values().stream().filter(f -> fresh.contains(f.key().value())).toList();
            List<RollupRow> increments = Rollups.increments(counted, now);
            if (!increments.isEmpty()) {
                add(h, organizationId, increments);
                dropOldMinutes(h, organizationId, counted, now);
            }
            return new RecordedFacts(counted.size(), facts.size() - counted.size());
        }));
    }

    private static void add(Handle h, OrganizationId organizationId, List<RollupRow> rows) {
        int n = rows.size();
        String[] series = new String[n];
        String[] scope = new String[n];
        String[] bucket = new String[n];
        String[] dims = new String[n];
        String[] currency = new String[n];
        Long[] streams = new Long[n];
        Long[] micros = new Long[n];
        for (int i = 0; i < n; i++) {
            RollupRow row = rows.get(i);
            series[i] = row.series().name();
            scope[i] = row.scope();
            bucket[i] = row.bucket();
            dims[i] = row.dims();
            currency[i] = row.currency();
            streams[i] = row.streams();
            micros[i] = row.revenueMicros();
        }
        h.createUpdate("""
                        INSERT INTO stream_rollups (organization_id, series, scope, bucket, dims, currency, streams,
                            revenue_micros)
                        SELECT :organization_id, r.series, r.scope, r.bucket, r.dims, r.currency, r.streams, r.micros
                        FROM unnest(:series, :scope, :bucket, :dims, :currency, :streams, :micros)
                            WITH ORDINALITY AS r(series, scope, bucket, dims, currency, streams, micros, n)
                        ORDER BY r.n
                        ON CONFLICT (organization_id, series, scope, bucket, dims, currency) DO UPDATE
                        SET streams = stream_rollups.streams + EXCLUDED.streams,
                            revenue_micros = stream_rollups.revenue_micros + EXCLUDED.revenue_micros""")
                .bind("organization_id", organizationId.value())
                .bindArray("series", String.class, (Object[]) series)
                .bindArray("scope", String.class, (Object[]) scope)
                .bindArray("bucket", String.class, (Object[]) bucket)
                .bindArray("dims", String.class, (Object[]) dims)
                .bindArray("currency", String.class, (Object[]) currency)
                .bindArray("streams", Long.class, (Object[]) streams)
                .bindArray("micros", Long.class, (Object[]) micros)
                .execute();
    }

    /** The minute rows of the tracks just counted that left the real-time window. */
    private static void dropOldMinutes(Handle h, OrganizationId organizationId,
                                       List<StreamFact> counted, Instant now) {
        String[] tracks = counted.stream().map(f -> f.trackId().value()).distinct().sorted().toArray(String[]::new);
        h.createUpdate("""
                        DELETE FROM stream_rollups
                        WHERE organization_id = :organization_id AND series = 'TRACK_MINUTE'
                          AND scope = ANY(:tracks) AND bucket < :oldest""")
                .bind("organization_id", organizationId.value())
                .bindArray("tracks", String.class, (Object[]) tracks)
                .bind("oldest", Rollups.oldestRealtimeMinute(now))
                .execute();
    }

    @Override
    public List<RollupRow> rows(OrganizationId organizationId, Series series, String scope, String fromBucket,
                                String toBucket) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT series, scope, bucket, dims, currency, streams, revenue_micros FROM stream_rollups
                        WHERE organization_id = :organization_id AND series = :series AND scope = :scope
                          AND bucket BETWEEN :from AND :to""")
                .bind("organization_id", organizationId.value())
                .bind("series", series.name())
                .bind("scope", scope)
                .bind("from", fromBucket)
                .bind("to", toBucket)
                .map((rs, ctx) -> new RollupRow(Series.valueOf(rs.getString("series")), rs.getString("scope"),
                        rs.getString("bucket"), rs.getString("dims"), rs.getString("currency"),
                        rs.getLong("streams"), rs.getLong("revenue_micros")))
                .list());
    }
}
