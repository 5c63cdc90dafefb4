package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.AuditEntryId;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit log on the table {@code <prefix>audit_log}, which has no index. An entry never changes once added and is
 * stored four times, every copy whole, under the sort key {@code <time>#<id>}:
 * <ul>
 *   <li>{@code AUD#ORG#<org>}: the organization's entries;</li>
 *   <li>{@code AUD#ALL}: every organization's, for platform operators;</li>
 *   <li>{@code AUD#ACTOR#<user or key id>}: one actor's, in every organization;</li>
 *   <li>{@code AUD#RES#<type>#<id>}: one resource's.</li>
 * </ul>
 * A list reads the resource's partition when a resource type and id are given, else the actor's, else the
 * organization's, else the platform's; the time range is the sort-key range, the other filters are applied page by
 * page while reading. A pointer {@code AUD#<id> / #ID}, written with the copies in one transaction with
 * {@code attribute_not_exists(pk)}, makes the id unique. Cost: five items per audited change in the change's own
 * transaction; the {@code AUD#ALL} partition takes every change of the platform, which caps the platform at about
 * 500 audited changes a second (1,000 WCU a second per partition, two for the copy written there in a
 * transaction): the module README says how to shard it when that is near.
 */
final class DynamoDbAuditLogAdapter implements AuditLog {
    private static final String PREFIX = "AUD#";
    private static final String POINTER_SK = "#ID";
    private static final String ALL = PREFIX + "ALL";
    /** Below every {@code <time>#<id>} key, and above every one. */
    private static final String LOWEST = "0";
    private static final String HIGHEST = "~";
    private static final int FILTERED_READ = 100;
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbAuditLogAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.auditLog();
    }

    private static String organizationPartition(OrganizationId org) {
        return PREFIX + "ORG#" + org.value();
    }

    private static String actorPartition(String actorId) {
        return PREFIX + "ACTOR#" + actorId;
    }

    private static String resourcePartition(String type, String id) {
        return PREFIX + "RES#" + type + "#" + id;
    }

    @Override
    public void append(AuditEntry entry) {
        String id = entry.id().value();
        List<Write> writes = new ArrayList<>();
        writes.add(Write.put(table, new Attrs.Item().put(Keys.PK, PREFIX + id).put(Keys.SK, POINTER_SK)
                        .put("organizationId", entry.organizationId().value()).build(), Conditions.ABSENT,
                Map.of(), Map.of(), Conditions.exists("Audit entry", id)));
        for (String partition : List.of(organizationPartition(entry.organizationId()), ALL,
                actorPartition(entry.actor().id()), resourcePartition(entry.resourceType(), entry.resourceId()))) {
            writes.add(Write.put(table, item(partition, entry), Conditions.ABSENT, Map.of(), Map.of(),
                    Conditions.exists("Audit entry", id)));
        }
        db.write(writes);
    }

    @Override
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        String partition = filter.resourceType() != null && filter.resourceId() != null
                ? resourcePartition(filter.resourceType(), filter.resourceId())
                : filter.actorId() != null ? actorPartition(filter.actorId())
                : filter.organizationId() != null ? organizationPartition(filter.organizationId())
                : ALL;
        String lower = filter.since() == null ? LOWEST : Keys.time(filter.since());
        String upper = filter.until() == null ? HIGHEST : Keys.time(filter.until());
        String after = page.after() == null ? null : Keys.after(page.after());
        if (after != null && after.compareTo(upper) < 0) {
            upper = after;
        }
        int wanted = page.limit() + 1;
        List<AuditEntry> fetched = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        if (lower.compareTo(upper) <= 0) {
            do {
                QueryResponse response = db.query(QueryRequest.builder().tableName(table).consistentRead(true)
                        .scanIndexForward(false)
                        .keyConditionExpression("#p = :p AND #s BETWEEN :lower AND :upper")
                        .expressionAttributeNames(Map.of("#p", Keys.PK, "#s", Keys.SK))
                        .expressionAttributeValues(Map.of(":p", Attrs.s(partition), ":lower", Attrs.s(lower),
                                ":upper", Attrs.s(upper)))
                        .limit(FILTERED_READ).exclusiveStartKey(start).build());
                for (Map<String, AttributeValue> item : response.items()) {
                    if (Attrs.required(item, Keys.SK).equals(upper)) {
                        continue;   // the cursor's own item, which the inclusive range returns again
                    }
                    AuditEntry entry = read(item);
                    if (filter.matches(entry)) {
                        fetched.add(entry);
                        if (fetched.size() == wanted) {
                            break;
                        }
                    }
                }
                start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? response.lastEvaluatedKey() : null;
            } while (start != null && fetched.size() < wanted);
        }
        return Page.fromOverfetch(fetched, page.limit(), e -> new Cursor(e.occurredAt(), e.id().value()));
    }

    private static Map<String, AttributeValue> item(String partition, AuditEntry e) {
        return new Attrs.Item()
                .put(Keys.PK, partition)
                .put(Keys.SK, Keys.newestFirst(e.occurredAt(), e.id().value()))
                .put("id", e.id().value())
                .put("organizationId", e.organizationId().value())
                .put("actorKind", e.actor().kind().name())
                .put("actorId", e.actor().id())
                .put("action", e.action())
                .put("resourceId", e.resourceId())
                .put("clientAddress", e.origin().clientAddress())
                .put("userAgent", e.origin().userAgent())
                .put("requestId", e.origin().requestId())
                .put("occurredAt", e.occurredAt())
                .build();
    }

    private static AuditEntry read(Map<String, AttributeValue> item) {
        return new AuditEntry(AuditEntryId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")),
                new AuditEntry.Actor(AuditEntry.Kind.valueOf(Attrs.required(item, "actorKind")),
                        Attrs.required(item, "actorId")),
                Attrs.required(item, "action"), Attrs.required(item, "resourceId"),
                Attrs.instant(item, "occurredAt"),
                new Origin(Attrs.str(item, "clientAddress"), Attrs.str(item, "userAgent"),
                        Attrs.str(item, "requestId")));
    }
}
