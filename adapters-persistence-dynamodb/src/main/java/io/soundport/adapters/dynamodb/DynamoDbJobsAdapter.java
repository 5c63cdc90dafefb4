package io.soundport.adapters.dynamodb;

import io.soundport.domain.jobs.Job;
import io.soundport.domain.jobs.Jobs;
import io.soundport.domain.shared.Backlog;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The job queue on the table {@code <prefix>jobs}, keyed by job id ({@code pk}). Every job carries {@code type} and
 * {@code due = <runAt>#<id>}, the keys of the global index {@code due}: the jobs of one type, oldest run time first.
 * Instants are stored in the sortable form of {@link Keys#time}, so that conditions compare them as strings.
 *
 * <p>A claim reads due candidates of each type from the index (filtered to unleased or expired leases), merges them
 * oldest {@code runAt} first, and takes each with a conditional UpdateItem: {@code attribute_exists(pk) AND
 * runAt <= :now AND (attribute_not_exists(leaseOwner) OR leaseUntil < :now)}. DynamoDB evaluates the condition on
 * the item itself, so of two workers racing for a job exactly one wins; the loser moves on to the next candidate.
 * The index trails writes by a moment on AWS: a candidate it shows may already be leased, rescheduled or gone, and
 * the condition, checked on the item, refuses it. After a lost race a claim sets a random number (up to twice its
 * limit) of the next candidates aside and tries them last, so that concurrent workers spread over the queue rather
 * than racing for the same head; without competition the order is strictly oldest {@code runAt} first.
 *
 * <p>Completing and rescheduling are conditional on {@code leaseOwner = :owner}. Outside a unit of work they answer
 * from the conditional write itself; inside one, they check the owner with a consistent read, answer false when it
 * no longer holds the job, and defer the conditional write to the commit: if the lease is taken over in between,
 * the whole unit of work fails with CONFLICT and nothing of it is written (the new owner runs the job again).
 *
 * <p>Enqueuing joins the unit of work as an UpdateItem without a condition that sets every attribute
 * {@code if_not_exists}: a job already queued keeps its values, and a duplicate never cancels the transaction.
 */
final class DynamoDbJobsAdapter implements Jobs {
    static final String TYPE = "type";
    static final String DUE = "due";
    /** Candidates read per index request; leased jobs at the head of the queue are filtered out of them. */
    private static final int MIN_CANDIDATE_PAGE = 50;
    private static final int MAX_CANDIDATE_PAGE = 1_000;
    /** At most this many candidates are set aside after a lost race. */
    private static final int MAX_SET_ASIDE = 50;
    /** A backlog counts this many jobs of a type at most, so that a scrape stays cheap however deep the queue. */
    static final long BACKLOG_COUNT_CAP = 10_000;

    private static final String CLAIMABLE = "attribute_exists(pk) AND #runAt <= :now"
            + " AND (attribute_not_exists(#leaseOwner) OR #leaseUntil < :now)";
    private static final String HELD = "#leaseOwner = :owner";

    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbJobsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.jobs();
    }

    private static String due(Instant runAt, String id) {
        return Keys.time(runAt) + "#" + id;
    }

    @Override
    public void enqueue(Job job) {
        Objects.requireNonNull(job, "job");
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        setIfAbsent(sets, values, TYPE, Attrs.s(job.type()));
        setIfAbsent(sets, values, DUE, Attrs.s(due(job.runAt(), job.id())));
        setIfAbsent(sets, values, "runAt", Attrs.s(Keys.time(job.runAt())));
        setIfAbsent(sets, values, "organizationId", Attrs.s(job.organizationId()));
        setIfAbsent(sets, values, "subjectId", Attrs.s(job.subjectId()));
        setIfAbsent(sets, values, "attempts", Attrs.n(job.attempts()));
        setIfAbsent(sets, values, "createdAt", Attrs.s(Keys.time(job.createdAt())));
        if (job.leaseOwner() != null && job.leaseUntil() != null) {
            setIfAbsent(sets, values, "leaseOwner", Attrs.s(job.leaseOwner()));
            setIfAbsent(sets, values, "leaseUntil", Attrs.s(Keys.time(job.leaseUntil())));
        }
        if (job.traceParent() != null) {
            setIfAbsent(sets, values, "traceParent", Attrs.s(job.traceParent()));
        }
        db.write(Write.update(table, Keys.key(job.id()), "SET " + String.join(", ", sets), null, Map.of(), values,
                Conditions.always(() -> new IllegalStateException("An enqueue has no condition to fail"))));
        db.workQueued();
    }

    private static void setIfAbsent(List<String> sets, Map<String, AttributeValue> values, String name,
                                    AttributeValue value) {
        sets.add("#" + name + " = if_not_exists(#" + name + ", :" + name + ")");
        values.put(":" + name, value);
    }

    @Override
    public List<Job> claim(String owner, Set<String> types, Instant now, Duration lease, int limit) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (limit <= 0 || types == null || types.isEmpty()) {
            return List.of();
        }
        String nowKey = Keys.time(now);
        int page = Math.min(MAX_CANDIDATE_PAGE, Math.max(MIN_CANDIDATE_PAGE, 2 * limit));
        List<Candidates> queues = new ArrayList<>();
        for (String type : new TreeSet<>(types)) {
            queues.add(new Candidates(type, nowKey, page));
        }
        Map<String, AttributeValue> values = Map.of(":owner", Attrs.s(owner),
                ":until", Attrs.s(Keys.time(now.plus(lease))), ":now", Attrs.s(nowKey), ":one", Attrs.n(1));
        String update = "SET #leaseOwner = :owner, #leaseUntil = :until, #attempts = #attempts + :one";
        Map<String, String> names = Write.names(Map.of(), update, CLAIMABLE);
        List<Job> claimed = new ArrayList<>();
        Deque<Map<String, AttributeValue>> setAside = new ArrayDeque<>();
        try {
            while (claimed.size() < limit) {
                Map<String, AttributeValue> candidate = oldest(queues);
                if (candidate == null) {
                    candidate = setAside.pollFirst();
                    if (candidate == null) {
                        break;
                    }
                }
                Job job = tryClaim(candidate, update, names, values);
                if (job != null) {
                    claimed.add(job);
                } else {
                    // Another worker took it, or the index showed it stale. A competitor that just won is likely
                    // claiming the next few in order too: set a random number of them aside, to be tried last,
                    // so that racing workers spread over the queue instead of losing every race to each other.
                    int skip = ThreadLocalRandom.current().nextInt(Math.min(2 * limit, MAX_SET_ASIDE) + 1);
                    for (int i = 0; i < skip; i++) {
                        Map<String, AttributeValue> next = oldest(queues);
                        if (next == null) {
                            break;
                        }
                        setAside.addLast(next);
                    }
                }
            }
        } catch (SdkException e) {
            if (claimed.isEmpty()) {
                throw DynamoDbErrors.translate(e);
            }
            // the jobs already leased are handed out; the rest waits for the next claim
        } catch (DomainException e) {
            if (claimed.isEmpty()) {
                throw e;
            }
        }
        return List.copyOf(claimed);
    }

    /** The job leased by the conditional update; null when the condition refused it. */
    private Job tryClaim(Map<String, AttributeValue> candidate, String update, Map<String, String> names,
                         Map<String, AttributeValue> values) {
        try {
            return read(db.client().updateItem(r -> r.tableName(table)
                    .key(Keys.key(Attrs.required(candidate, Keys.PK)))
                    .updateExpression(update)
                    .conditionExpression(CLAIMABLE)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException e) {
            return null;
        }
    }

    /** Takes the candidate with the oldest run time among the types; null when none is left. */
    private static Map<String, AttributeValue> oldest(List<Candidates> queues) {
        Candidates best = null;
        String bestDue = null;
        for (Candidates queue : queues) {
            Map<String, AttributeValue> head = queue.head();
            if (head == null) {
                continue;
            }
            String headDue = Attrs.required(head, DUE);
            if (bestDue == null || headDue.compareTo(bestDue) < 0) {
                best = queue;
                bestDue = headDue;
            }
        }
        return best == null ? null : best.take();
    }

    /** The due, claimable jobs of one type, oldest first, read page by page from the index. */
    private final class Candidates {
        private final String type;
        private final String nowKey;
        private final int page;
        private final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
        private Map<String, AttributeValue> start;
        private boolean exhausted;

        Candidates(String type, String nowKey, int page) {
            this.type = type;
            this.nowKey = nowKey;
            this.page = page;
        }

        Map<String, AttributeValue> head() {
            while (buffer.isEmpty() && !exhausted) {
                fetch();
            }
            return buffer.peekFirst();
        }

        Map<String, AttributeValue> take() {
            return buffer.pollFirst();
        }

        private void fetch() {
            // every due key of a job whose runAt <= now sorts below "<now>$", as '#' < '$'
            QueryRequest request = QueryRequest.builder().tableName(table).indexName(DynamoDbTables.JOBS_DUE)
                    .keyConditionExpression("#type = :type AND #due < :upper")
                    .filterExpression("attribute_not_exists(#leaseOwner) OR #leaseUntil < :now")
                    .expressionAttributeNames(Map.of("#type", TYPE, "#due", DUE, "#leaseOwner", "leaseOwner",
                            "#leaseUntil", "leaseUntil"))
                    .expressionAttributeValues(Map.of(":type", Attrs.s(type), ":upper", Attrs.s(nowKey + "$"),
                            ":now", Attrs.s(nowKey)))
                    .scanIndexForward(true)
                    .limit(page)
                    .exclusiveStartKey(start)
                    .build();
            QueryResponse response = db.query(request);
            buffer.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
            exhausted = start == null;
        }
    }

    @Override
    public boolean complete(String jobId, String owner) {
        Write delete = Write.delete(table, Keys.key(jobId), HELD, Map.of(), Map.of(":owner", Attrs.s(owner)),
                Conditions.always(() -> takenOver(jobId)));
        return heldWrite(jobId, owner, delete);
    }

    @Override
    public boolean reschedule(String jobId, String owner, Instant runAt) {
        Objects.requireNonNull(runAt, "runAt");
        Write update = Write.update(table, Keys.key(jobId),
                "SET #runAt = :runAt, #due = :due REMOVE #leaseOwner, #leaseUntil", HELD, Map.of(),
                Map.of(":owner", Attrs.s(owner), ":runAt", Attrs.s(Keys.time(runAt)),
                        ":due", Attrs.s(due(runAt, jobId))),
                Conditions.always(() -> takenOver(jobId)));
        return heldWrite(jobId, owner, update);
    }

    @Override
    public boolean extend(String jobId, String owner, Instant leasedUntil) {
        Objects.requireNonNull(leasedUntil, "leasedUntil");
        Write update = Write.update(table, Keys.key(jobId), "SET #leaseUntil = :until", HELD, Map.of(),
                Map.of(":owner", Attrs.s(owner), ":until", Attrs.s(Keys.time(leasedUntil))),
                Conditions.always(() -> takenOver(jobId)));
        return heldWrite(jobId, owner, update);
    }

    private static DomainException takenOver(String jobId) {
        return DomainException.conflict("Job " + jobId + " was taken over by another worker");
    }

    /**
     * A write conditional on the lease owner. Outside a unit of work the condition answers; inside one, a consistent
     * read answers now and the write, still conditional, waits for the commit.
     */
    private boolean heldWrite(String jobId, String owner, Write write) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(owner, "owner");
        if (db.active()) {
            Map<String, AttributeValue> item = db.get(table, Keys.key(jobId));
            if (item == null || !owner.equals(Attrs.str(item, "leaseOwner"))) {
                return false;
            }
            db.write(write);
            return true;
        }
        try {
            db.write(write);
            return true;
        } catch (DomainException e) {
            if (e.code() == ErrorCode.CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Job> find(String jobId) {
        return Optional.ofNullable(db.get(table, Keys.key(jobId))).map(DynamoDbJobsAdapter::read);
    }

    /**
     * Two queries of the {@code due} index: a count (up to {@link #BACKLOG_COUNT_CAP} jobs: a deeper queue reports
     * at least that many) and the first due key of the type, which is the oldest due job. The index trails writes by
     * a moment on AWS, so the figures may lag as much.
     */
    @Override
    public Backlog backlog(String type, Instant now) {
        Objects.requireNonNull(type, "type");
        long depth = db.countUpTo(QueryRequest.builder().tableName(table).indexName(DynamoDbTables.JOBS_DUE)
                .keyConditionExpression("#type = :type")
                .expressionAttributeNames(Map.of("#type", TYPE))
                .expressionAttributeValues(Map.of(":type", Attrs.s(type)))
                .build(), BACKLOG_COUNT_CAP);
        List<Map<String, AttributeValue>> first = db.query(QueryRequest.builder().tableName(table)
                .indexName(DynamoDbTables.JOBS_DUE)
                .keyConditionExpression("#type = :type AND #due < :upper")
                .expressionAttributeNames(Map.of("#type", TYPE, "#due", DUE))
                .expressionAttributeValues(Map.of(":type", Attrs.s(type), ":upper", Attrs.s(Keys.time(now) + "$")))
                .scanIndexForward(true)
                .limit(1)
                .build()).items();
        return new Backlog(depth, first.stream().findFirst()
                .map(item -> Keys.instant(Attrs.required(item, "runAt"))));
    }

    static Job read(Map<String, AttributeValue> item) {
        String leaseUntil = Attrs.str(item, "leaseUntil");
        return new Job(Attrs.required(item, Keys.PK), Attrs.required(item, TYPE),
                Attrs.required(item, "organizationId"), Attrs.required(item, "subjectId"),
                Keys.instant(Attrs.required(item, "runAt")), (int) Attrs.num(item, "attempts"),
                Attrs.str(item, "leaseOwner"), leaseUntil == null ? null : Keys.instant(leaseUntil),
                Keys.instant(Attrs.required(item, "createdAt")), Attrs.str(item, "traceParent"));
    }
}
