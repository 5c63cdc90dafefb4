package io.soundport.adapters.dynamodb;

import io.soundport.domain.analytics.Bucket;
import io.soundport.domain.analytics.RecordedFacts;
import io.soundport.domain.analytics.RollupRow;
import io.soundport.domain.analytics.Rollups;
import io.soundport.domain.analytics.Series;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.identity.OrganizationId;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Stream facts in the entities table. A fact's key is an item of its own, {@code SKEY#<org>#<key>} (one item
 * collection each, so that millions of keys never fill an organization's); a rollup row is
 * {@code RU#<org>#<series>#<scope> / <bucket>#<dims>#<currency>} with {@code streams} and {@code micros} added by
 * {@code ADD}. A batch is written in transactions of whole facts, each putting the keys of its facts on
 * {@code attribute_not_exists(pk)} together with the increments of those facts, at most {@value #MAX_ACTIONS}
 * actions: a fact is counted exactly when its key is written. A transaction refused because some keys exist is
 * written again without those facts (counted before, or by a sender racing this one); one refused because another
 * transaction touched the same rows at once is tried again after a pause. Minute rows carry a {@code ttl} an hour
 * past the real-time window, and DynamoDB drops them after that; reads never look past the window anyway.
 */
final class DynamoDbStreamFactsAdapter implements StreamFacts {
    static final String TTL = "ttl";
    private static final int MAX_ACTIONS = DynamoDbTransactionRunner.MAX_ACTIONS;
    private static final int MAX_ATTEMPTS = 8;
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbStreamFactsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    @Override
    public RecordedFacts record(OrganizationId organizationId, List<StreamFact> facts, Instant now) {
        if (db.active()) {
            throw new IllegalStateException("StreamFacts.record is its own unit of work; call it outside one");
        }
        Map<String, StreamFact> byKey = new LinkedHashMap<>();
        facts.forEach(f -> byKey.putIfAbsent(f.key().value(), f));
        int recorded = 0;
        for (List<StreamFact> chunk : chunks(new ArrayList<>(byKey.values()), now)) {
            recorded += write(organizationId, chunk, now);
        }
        return new RecordedFacts(recorded, facts.size() - recorded);
    }

    /** Whole facts per transaction: each fact's key plus the rows the chunk's increments touch fit the limit. */
    private static List<List<StreamFact>> chunks(List<StreamFact> facts, Instant now) {
        List<List<StreamFact>> chunks = new ArrayList<>();
        List<StreamFact> current = new ArrayList<>();
        Set<RollupRow> rows = new TreeSet<>(RollupRow.KEY_ORDER);
        for (StreamFact fact : facts) {
            List<RollupRow> own = Rollups.increments(List.of(fact), now);
            long added = own.stream().filter(r -> !rows.contains(r)).count();
            if (!current.isEmpty() && current.size() + 1 + rows.size() + added > MAX_ACTIONS) {
                chunks.add(current);
                current = new ArrayList<>();
                rows.clear();
            }
            current.add(fact);
            rows.addAll(own);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** Writes the chunk's new facts and their increments; answers how many were new. */
    private int write(OrganizationId organizationId, List<StreamFact> chunk, Instant now) {
        List<StreamFact> pending = new ArrayList<>(chunk);
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<TransactWriteItem> actions = new ArrayList<>();
            pending.forEach(f -> actions.add(keyPut(organizationId, f, now)));
            Rollups.increments(pending, now).forEach(row -> actions.add(increment(organizationId, row, now)));
            try {
                db.client().transactWriteItems(r -> r.transactItems(actions)
                        .clientRequestToken(UUID.randomUUID().toString()));
                return pending.size();
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
                List<StreamFact> counted = new ArrayList<>();
                for (int i = 0; i < pending.size(); i++) {
                    if (i < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(i).code())) {
                        counted.add(pending.get(i));
                    }
                }
                if (!counted.isEmpty()) {
                    pending.removeAll(counted);
                } else if (attempt >= MAX_ATTEMPTS || reasons.stream()
                        .noneMatch(r -> DynamoDbErrors.isTransientReason(r.code()))) {
                    throw attempt >= MAX_ATTEMPTS ? DynamoDbErrors.unavailable()
                            : new IllegalStateException("DynamoDB cancelled a transaction: " + reasons, e);
                } else {
                    pause(attempt);
                }
            } catch (SdkException e) {
                throw DynamoDbErrors.translate(e);
            }
        }
        return 0;
    }

    private TransactWriteItem keyPut(OrganizationId organizationId, StreamFact fact, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.key(keyPk(organizationId, fact), "-"));
        item.put("recordedAt", Attrs.s(now.toString()));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    private TransactWriteItem increment(OrganizationId organizationId, RollupRow row, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#streams", "streams", "#micros", "micros",
                "#bucket", "bucket", "#dims", "dims", "#currency", "currency"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":streams", Attrs.n(row.streams()),
                ":micros", Attrs.n(row.revenueMicros()), ":bucket", Attrs.s(row.bucket()),
                ":dims", Attrs.s(row.dims()), ":currency", Attrs.s(row.currency())));
        String set = "SET #bucket = :bucket, #dims = :dims, #currency = :currency";
        if (row.series() == Series.TRACK_MINUTE) {
            names.put("#ttl", TTL);
            values.put(":ttl", Attrs.n(Bucket.MINUTE.start(row.bucket())
                    .plus(Rollups.REALTIME_WINDOW).plusSeconds(3_600).getEpochSecond()));
            set += ", #ttl = :ttl";
        }
        String update = set + " ADD #streams :streams, #micros :micros";
        return TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Keys.key(rollupPk(organizationId, row.series(), row.scope()), sk(row)))
                .updateExpression(update).expressionAttributeNames(names).expressionAttributeValues(values)).build();
    }

    @Override
    public List<RollupRow> rows(OrganizationId organizationId, Series series, String scope, String fromBucket,
                                String toBucket) {
        if (fromBucket.compareTo(toBucket) > 0) {
            return List.of();
        }
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(rollupPk(organizationId, series, scope)),
                        ":from", Attrs.s(fromBucket), ":to", Attrs.s(toBucket + "$")))
                .build();
        return db.queryAll(query).stream().map(item -> new RollupRow(series, scope,
                Attrs.required(item, "bucket"), Attrs.str(item, "dims") == null ? "" : Attrs.str(item, "dims"),
                Attrs.str(item, "currency") == null ? "" : Attrs.str(item, "currency"), Attrs.num(item, "streams"),
                Attrs.num(item, "micros"))).toList();
    }

    private static String keyPk(OrganizationId organizationId, StreamFact fact) {
        return "SKEY#" + organizationId.value() + "#" + fact.key().value();
    }

    private static String rollupPk(OrganizationId organizationId, Series series, String scope) {
        return "RU#" + organizationId.value() + "#" + series.name() + "#" + scope;
    }

    /** {@code '#'} sorts before {@code '$'}, the end of a range of buckets in {@link #rows}. */
    private static String sk(RollupRow row) {
        return row.bucket() + "#" + row.dims() + "#" + row.currency();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(200, 10L << attempt) + (long) (Math.random() * 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DynamoDbErrors.unavailable();
        }
    }
}
