package io.soundport.adapters.dynamodb;

import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A query of the items of one partition whose sort key starts with {@code prefix}, on the table or one of its
 * indexes. Lists newest first use sort keys {@code <prefix><time>#<id>}: the page after a cursor is the key range
 * from the prefix up to the cursor's own key, read backwards, so that pages never overlap nor leave a gap, whatever
 * is added or removed meanwhile. Filters are applied here, page by page, until the page is full.
 */
record KeysetQuery(String table, String index, String partitionAttribute, String partition, String sortAttribute,
                   String prefix) {
    /** How many items one request reads when a filter may drop most of them. */
    private static final int FILTERED_READ = 100;

    static KeysetQuery onTable(String table, String partition, String prefix) {
        return new KeysetQuery(table, null, Keys.PK, partition, Keys.SK, prefix);
    }

    static KeysetQuery onIndex(String table, String index, String sortAttribute, String partition, String prefix) {
        return new KeysetQuery(table, index, Keys.PK, partition, sortAttribute, prefix);
    }

    private QueryRequest.Builder request(String upperBound, boolean forward) {
        Map<String, String> names = Map.of("#p", partitionAttribute, "#s", sortAttribute);
        QueryRequest.Builder builder = QueryRequest.builder().tableName(table).indexName(index)
                .expressionAttributeNames(names).scanIndexForward(forward);
        // local indexes and the table read consistently; a global index cannot
        if (index == null || !index.startsWith("gsi")) {
            builder.consistentRead(true);
        }
        if (upperBound == null) {
            return builder.keyConditionExpression("#p = :p AND begins_with(#s, :prefix)")
                    .expressionAttributeValues(Map.of(":p", Attrs.s(partition), ":prefix", Attrs.s(prefix)));
        }
        return builder.keyConditionExpression("#p = :p AND #s BETWEEN :prefix AND :upper")
                .expressionAttributeValues(Map.of(":p", Attrs.s(partition), ":prefix", Attrs.s(prefix),
                        ":upper", Attrs.s(upperBound)));
    }

    /** One page, newest first, of the items that pass {@code filter} (null for all). */
    <T> Page<T> page(DynamoDbTransactionRunner db, PageRequest page, Function<Map<String, AttributeValue>, T> mapper,
                     Predicate<T> filter, Function<T, Cursor> cursorOf) {
        String upper = page.after() == null ? null : prefix + Keys.after(page.after());
        int wanted = page.limit() + 1;
        List<T> fetched = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            // +1 for the item at the cursor itself, which the inclusive range returns again
            int read = filter == null ? wanted - fetched.size() + 1 : FILTERED_READ;
            QueryResponse response = db.query(request(upper, false).limit(read).exclusiveStartKey(start).build());
            for (Map<String, AttributeValue> item : response.items()) {
                AttributeValue sort = item.get(sortAttribute);
                if (upper != null && sort != null && upper.equals(sort.s())) {
                    continue;
                }
                T value = mapper.apply(item);
                if (filter == null || filter.test(value)) {
                    fetched.add(value);
                    if (fetched.size() == wanted) {
                        break;
                    }
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && fetched.size() < wanted);
        return Page.fromOverfetch(fetched, page.limit(), cursorOf);
    }

    /** Every item, in key order ({@code forward}) or reversed. */
    List<Map<String, AttributeValue>> all(DynamoDbTransactionRunner db, boolean forward) {
        return db.queryAll(request(null, forward).build());
    }

    /** The first item in key order, if any. */
    Map<String, AttributeValue> first(DynamoDbTransactionRunner db) {
        List<Map<String, AttributeValue>> items = db.query(request(null, true).limit(1).build()).items();
        return items.isEmpty() ? null : items.get(0);
    }

    boolean any(DynamoDbTransactionRunner db) {
        return first(db) != null;
    }

    int count(DynamoDbTransactionRunner db) {
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = db.query(request(null, true).select(Select.COUNT).exclusiveStartKey(start)
                    .build());
            count += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }
}
