package io.soundport.adapters.local;

import io.soundport.domain.analytics.RecordedFacts;
import io.soundport.domain.analytics.RollupRow;
import io.soundport.domain.analytics.Rollups;
import io.soundport.domain.analytics.Series;
import io.soundport.domain.analytics.StreamEventKey;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stream facts of one process: per organization, the keys recorded and the rollup rows by series and scope, each
 * sorted by bucket. One lock for writes and reads: a batch is counted wholly before anyone reads.
 */
final class InMemoryStreamFactsAdapter implements StreamFacts {
    private final Map<OrganizationId, Set<StreamEventKey>> keys = new HashMap<>();
    /** Organization, then series and scope, then {@code bucket\u0000dims\u0000currency} to the row. */
    private final Map<OrganizationId, Map<String, NavigableMap<String, RollupRow>>> rows = new HashMap<>();

    @Override
    public synchronized RecordedFacts record(OrganizationId organizationId, List<StreamFact> facts, Instant now) {
        Set<StreamEventKey> known = keys.computeIfAbsent(organizationId, o -> new HashSet<>());
        List<StreamFact> fresh = new ArrayList<>();
        for (StreamFact fact : facts) {
            if (known.add(fact.key())) {
                fresh.add(fact);
            }
        }
        Map<String, NavigableMap<String, RollupRow>> series = rows.computeIfAbsent(organizationId, o -> new HashMap<>());
        for (RollupRow increment : Rollups.increments(fresh, now)) {
            series.computeIfAbsent(partition(increment.series(), increment.scope()), p -> new TreeMap<>())
                    .merge(sortKey(increment), increment, (a, b) -> a.plus(b.streams(), b.revenueMicros()));
        }
        dropOldMinutes(series, fresh, now);
        return new RecordedFacts(fresh.size(), facts.size() - fresh.size());
    }

    @Override
    public synchronized List<RollupRow> rows(OrganizationId organizationId, Series series, String scope,
                                             String fromBucket, String toBucket) {
        NavigableMap<String, RollupRow> partition = rows.getOrDefault(organizationId, Map.of())
                .get(partition(series, scope));
        if (partition == null || fromBucket.compareTo(toBucket) > 0) {
            return List.of();
        }
        return List.copyOf(partition.subMap(fromBucket, true, toBucket + '\u0001', false).values());
    }

    /** The minute rows of the tracks just counted that left the real-time window. */
    private static void dropOldMinutes(Map<String, NavigableMap<String, RollupRow>> series, List<StreamFact> fresh,
                                       Instant now) {
        String oldest = Rollups.oldestRealtimeMinute(now);
        fresh.stream().map(f -> f.trackId().value()).distinct().forEach(track -> {
            NavigableMap<String, RollupRow> minutes = series.get(partition(Series.TRACK_MINUTE, track));
            if (minutes != null) {
                minutes.headMap(oldest, false).clear();
            }
        });
    }

    private static String partition(Series series, String scope) {
        return series.name() + '\u0000' + scope;
    }

    private static String sortKey(RollupRow row) {
        return row.bucket() + '\u0000' + row.dims() + '\u0000' + row.currency();
    }
}
