package io.soundport.adapters.dynamodb;

import io.soundport.domain.port.NewWork;
import io.soundport.domain.port.TransactionRunner;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The unit of work on DynamoDB. Inside {@link #inTransaction} every write of the adapters is buffered in a
 * thread-local list and committed at the end with {@code TransactWriteItems}, condition checks included; when the
 * work throws, the buffer is dropped and nothing is written. A nested call joins the outer unit of work.
 * Outside a transaction a write goes straight to DynamoDB (one item: a plain conditional write; several items of
 * one port call, such as a user and its e-mail guard: one {@code TransactWriteItems}).
 *
 * <p>{@code TransactWriteItems} takes at most {@value #MAX_ACTIONS} actions. A larger unit of work (a release with
 * many tracks) is committed in several calls, in order, never splitting the writes of one port call, with every
 * outbox event in the last call: events are only published when everything before them committed. Two writes of
 * the same item also go to separate calls, as DynamoDB refuses them in one. A guarded write (the outcome of an
 * idempotent command, conditional on its claim) goes to the last call too, and every other call checks its condition,
 * so that once the claim is lost no further call commits.
 */
final class DynamoDbTransactionRunner implements TransactionRunner {
    static final int MAX_ACTIONS = 100;
    private static final int QUERY_PAGE_CAP = 1_000;

    private final DynamoDbClient client;
    private final ThreadLocal<List<List<Write>>> buffer = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final NewWork.InProcess newWork = new NewWork.InProcess();
    /** Runs a read beside the calling thread's (see {@link #alongside}); daemon threads, gone after a minute idle. */
    private final ExecutorService sideReads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "soundport-dynamodb-read");
        thread.setDaemon(true);
        return thread;
    });

    DynamoDbTransactionRunner(DynamoDbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    DynamoDbClient client() {
        return client;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (buffer.get() != null) {
            return work.get();
        }
        List<List<Write>> writes = new ArrayList<>();
        List<Runnable> committed = new ArrayList<>();
        buffer.set(writes);
        afterCommit.set(committed);
        T result;
        try {
            result = work.get();
        } finally {
            buffer.remove();
            afterCommit.remove();
        }
        commit(writes);
        committed.forEach(Runnable::run);
        return result;
    }

    NewWork newWork() {
        return newWork;
    }

    /**
     * A job or an event was written: the subscribers of this process hear of it once it committed (other instances
     * find it at their next poll).
     */
    void workQueued() {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            newWork.signal();
        } else {
            actions.add(newWork::signal);
        }
    }

    /** True when the calling thread is inside a unit of work, so that writes are deferred to its end. */
    boolean active() {
        return buffer.get() != null;
    }

    /** True when the unit of work of the calling thread has a write of this item waiting for its commit. */
    boolean buffered(String table, Map<String, AttributeValue> key) {
        List<List<Write>> writes = buffer.get();
        if (writes == null) {
            return false;
        }
        String target = Write.target(table, key);
        return writes.stream().flatMap(List::stream).anyMatch(w -> w.target().equals(target));
    }

    /** The writes of one port call: buffered in the unit of work, or committed together now. */
    void write(Write... group) {
        write(List.of(group));
    }

    void write(List<Write> group) {
        if (group.isEmpty()) {
            return;
        }
        List<List<Write>> writes = buffer.get();
        if (writes != null) {
            writes.add(List.copyOf(group));
        } else {
            commit(List.of(List.copyOf(group)));
        }
    }

    /** A strongly consistent read of one item; null when there is none. */
    Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = call(() -> client.getItem(r -> r.tableName(table).key(key)
                .consistentRead(true)).item());
        return item == null || item.isEmpty() ? null : item;
    }

    /**
     * Starts a read on another thread, so that two independent calls cost one round trip of waiting, not two; the
     * calling thread makes the other call and then {@link #await}s this one. Only for reads: a write made there would
     * miss the calling thread's unit of work.
     */
    <T> CompletableFuture<T> alongside(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, sideReads);
    }

    /** The result of a read started {@link #alongside}, its failure rethrown as it was thrown. */
    static <T> T await(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Stops the threads of the reads made {@link #alongside}. */
    void close() {
        sideReads.shutdownNow();
    }

    QueryResponse query(QueryRequest request) {
        return call(() -> client.query(request));
    }

    /** Every item a query finds, page after page. */
    List<Map<String, AttributeValue>> queryAll(QueryRequest request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        queryEach(request, items::add);
        return items;
    }

    /** Hands every item a query finds to {@code each}, one page read at a time (never all held at once). */
    void queryEach(QueryRequest request, Consumer<Map<String, AttributeValue>> each) {
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest page = request.toBuilder().exclusiveStartKey(start)
                    .limit(request.limit() == null ? QUERY_PAGE_CAP : request.limit()).build();
            QueryResponse response = query(page);
            response.items().forEach(each);
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
    }

    /**
     * How many items a query finds, counted page after page ({@code Select.COUNT}: no item leaves the table) until
     * {@code cap} is reached: a queue deeper than the cap answers at least the cap, and a scrape never reads it all.
     */
    long countUpTo(QueryRequest request, long cap) {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = query(request.toBuilder().select(Select.COUNT).exclusiveStartKey(start).build());
            count += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && count < cap);
        return count;
    }

    /** Runs one SDK call, translating its failures into the errors of the ports. */
    <T> T call(Supplier<T> sdkCall) {
        try {
            return sdkCall.get();
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    private void commit(List<List<Write>> groups) {
        if (groups.isEmpty()) {
            return;
        }
        if (groups.size() == 1 && groups.get(0).size() == 1) {
            writeOne(groups.get(0).get(0));
            return;
        }
        for (List<Write> chunk : chunks(groups)) {
            if (chunk.size() == 1) {
                writeOne(chunk.get(0));
            } else {
                transact(chunk);
            }
        }
    }

    /**
     * The calls of a unit of work: groups in order, outbox groups last, at most 100 actions and one write per item
     * each. When there are several, each call without a guarded write checks its guard (an idempotency outcome's
     * claim), so that none commits once the guard fails.
     */
    static List<List<Write>> chunks(List<List<Write>> groups) {
        List<List<Write>> chunks = chunks(groups, MAX_ACTIONS);
        List<Write> guards = groups.stream().flatMap(List::stream).filter(w -> w.guard() != null)
                .map(Write::guardCheck).toList();
        if (chunks.size() < 2 || guards.isEmpty()) {
            return chunks;
        }
        List<List<Write>> guarded = new ArrayList<>();
        for (List<Write> chunk : chunks(groups, MAX_ACTIONS - guards.size())) {
            List<Write> call = new ArrayList<>(chunk);
            Set<String> targets = new HashSet<>();
            chunk.forEach(w -> targets.add(w.target()));
            guards.stream().filter(g -> !targets.contains(g.target())).forEach(call::add);
            guarded.add(call);
        }
        return guarded;
    }

    private static List<List<Write>> chunks(List<List<Write>> groups, int capacity) {
        List<List<Write>> ordered = new ArrayList<>();
        groups.stream().filter(g -> g.stream().noneMatch(Write::outbox)).forEach(ordered::add);
        groups.stream().filter(g -> g.stream().anyMatch(Write::outbox)).forEach(ordered::add);
        List<List<Write>> chunks = new ArrayList<>();
        List<Write> current = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (List<Write> group : ordered) {
            if (group.size() > capacity) {
                throw new IllegalStateException("One port call wrote " + group.size() + " items; at most "
                        + capacity + " can commit together");
            }
            boolean clash = group.stream().anyMatch(w -> targets.contains(w.target()));
            if (!current.isEmpty() && (clash || current.size() + group.size() > capacity)) {
                chunks.add(current);
                current = new ArrayList<>();
                targets.clear();
            }
            current.addAll(group);
            group.forEach(w -> targets.add(w.target()));
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private void transact(List<Write> chunk) {
        try {
            client.transactWriteItems(r -> r.transactItems(chunk.stream().map(Write::action).toList())
                    .clientRequestToken(UUID.randomUUID().toString()));
        } catch (TransactionCanceledException e) {
            throw cancelled(chunk, e);
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    /** The error of a cancelled transaction: the first failed condition decides; else a transient cause. */
    private static RuntimeException cancelled(List<Write> chunk, TransactionCanceledException e) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        for (int i = 0; i < reasons.size() && i < chunk.size(); i++) {
            CancellationReason reason = reasons.get(i);
            if ("ConditionalCheckFailed".equals(reason.code())) {
                Map<String, AttributeValue> old = reason.hasItem() && !reason.item().isEmpty() ? reason.item() : null;
                return chunk.get(i).onConditionFailed().apply(old);
            }
        }
        for (CancellationReason reason : reasons) {
            if (DynamoDbErrors.isTransientReason(reason.code())) {
                return DynamoDbErrors.unavailable();
            }
        }
        return new IllegalStateException("DynamoDB cancelled a transaction: " + reasons, e);
    }

    /**
     * A conditional write of one item applied now, outside any unit of work (a compare-and-set): false when its
     * condition does not hold. Inside a unit of work, an adapter checks the item itself and defers the write.
     */
    boolean writeNowIf(Write write) {
        if (active()) {
            throw new IllegalStateException("writeNowIf is for writes outside a unit of work");
        }
        try {
            applyOne(write);
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    private void writeOne(Write write) {
        try {
            applyOne(write);
        } catch (ConditionalCheckFailedException e) {
            throw write.onConditionFailed().apply(e.hasItem() && !e.item().isEmpty() ? e.item() : null);
        } catch (SdkException e) {
            throw DynamoDbErrors.translate(e);
        }
    }

    private void applyOne(Write write) {
        TransactWriteItem action = write.action();
        if (action.put() != null) {
            Put p = action.put();
            client.putItem(PutItemRequest.builder().tableName(p.tableName()).item(p.item())
                    .conditionExpression(p.conditionExpression())
                    .expressionAttributeNames(p.hasExpressionAttributeNames() ? p.expressionAttributeNames() : null)
                    .expressionAttributeValues(p.hasExpressionAttributeValues() ? p.expressionAttributeValues() : null)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build());
        } else if (action.update() != null) {
            Update u = action.update();
            client.updateItem(UpdateItemRequest.builder().tableName(u.tableName()).key(u.key())
                    .updateExpression(u.updateExpression())
                    .conditionExpression(u.conditionExpression())
                    .expressionAttributeNames(u.hasExpressionAttributeNames() ? u.expressionAttributeNames() : null)
                    .expressionAttributeValues(u.hasExpressionAttributeValues() ? u.expressionAttributeValues() : null)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build());
        } else if (action.delete() != null) {
            Delete d = action.delete();
            client.deleteItem(DeleteItemRequest.builder().tableName(d.tableName()).key(d.key())
                    .conditionExpression(d.conditionExpression())
                    .expressionAttributeNames(d.hasExpressionAttributeNames() ? d.expressionAttributeNames() : null)
                    .expressionAttributeValues(d.hasExpressionAttributeValues() ? d.expressionAttributeValues() : null)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build());
        } else {
            transact(List.of(write));
        }
    }
}
