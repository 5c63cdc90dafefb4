package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventFilter;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEventStatus;
import io.soundport.domain.live.LiveEvents;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A live event is {@code ORG#<org> / LVE#<id>} in the entities table, listed soonest first on {@code lsi1}
 * ({@code LVEDATE#<date as an instant>#<id>}) and, per status, on {@code lsi2}
 * ({@code LVESTATUS#<status>#<date as an instant>#<id>}, rewritten with the status by the same put). A list is one
 * range of one of them, read forward and strongly consistent: the date range and the cursor are the bounds of the
 * key condition, so a page reads only the items it answers (and the one at the cursor), never another status, date
 * or organization. The date keeps the offset it was given in ({@code date}, ISO-8601).
 */
final class DynamoDbLiveEventsAdapter implements LiveEvents {
    private static final String EVENT = "LVE#";
    private static final String BY_DATE = "LVEDATE#";
    private static final String BY_STATUS = "LVESTATUS#";
    /** Sorts after every digit and {@code #}: the open upper end of a range. */
    private static final String HIGHEST = "~";
    private static final String RESOURCE = "Live event";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbLiveEventsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, LiveEventId id) {
        return Keys.key(Keys.org(org.value()), EVENT + id.value());
    }

    @Override
    public void add(LiveEvent event) {
        db.write(Write.put(table, item(event), Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                () -> DomainException.conflict("A live event with this id already exists", "id"))));
    }

    @Override
    public Optional<LiveEvent> find(OrganizationId organizationId, LiveEventId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(DynamoDbLiveEventsAdapter::read);
    }

    @Override
    public LiveEvent update(LiveEvent e) {
        LiveEvent current = find(e.organizationId(), e.id())
                .orElseThrow(() -> DomainException.notFound(RESOURCE, e.id().value()));
        if (current.version() != e.version()) {
            throw DomainException.staleVersion(RESOURCE, e.id().value());
        }
        LiveEvent stored = new LiveEvent(e.id(), e.organizationId(), e.title(), e.description(), e.date(),
                e.location(), e.capacity(), e.organizer(), e.status(), current.createdAt(), e.updatedAt(),
                e.version() + 1);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(e.version()),
                Conditions.staleOrMissing(RESOURCE, e.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, LiveEventId id) {
        Optional<LiveEvent> current = find(organizationId, id);
        if (current.isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.AT_VERSION, Map.of(),
                Conditions.version(current.get().version()), Conditions.staleOrMissing(RESOURCE, id.value())));
        return true;
    }

    @Override
    public Page<LiveEvent> list(OrganizationId organizationId, LiveEventFilter filter, PageRequest page) {
        LiveEventFilter f = filter == null ? LiveEventFilter.ALL : filter;
        String index = f.status() == null ? DynamoDbTables.LSI1 : DynamoDbTables.LSI2;
        String attribute = f.status() == null ? Keys.LSI1 : Keys.LSI2;
        String prefix = f.status() == null ? BY_DATE : BY_STATUS + f.status().name() + "#";
        String lower = f.from() == null ? prefix : prefix + Keys.time(f.from());
        Cursor after = page.after();
        String cursorKey = after == null ? null : prefix + Keys.newestFirst(after.createdAt(), after.id());
        if (cursorKey != null && cursorKey.compareTo(lower) > 0) {
            lower = cursorKey;
        }
        // <prefix><time(to)> sorts before every key of that instant (they go on with "#<id>"): "to" is exclusive
        String upper = f.to() == null ? prefix + HIGHEST : prefix + Keys.time(f.to());
        if (lower.compareTo(upper) > 0) {
            return new Page<>(List.of(), null);
        }
        int wanted = page.limit() + 1;
        List<LiveEvent> fetched = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest request = QueryRequest.builder().tableName(table).indexName(index).consistentRead(true)
                    .keyConditionExpression("#p = :p AND #s BETWEEN :lower AND :upper")
                    .expressionAttributeNames(Map.of("#p", Keys.PK, "#s", attribute))
                    .expressionAttributeValues(Map.of(":p", Attrs.s(Keys.org(organizationId.value())),
                            ":lower", Attrs.s(lower), ":upper", Attrs.s(upper)))
                    .scanIndexForward(true)
                    // +1 for the item at the cursor, which the inclusive range returns again
                    .limit(wanted - fetched.size() + 1)
                    .exclusiveStartKey(start)
                    .build();
            QueryResponse response = db.query(request);
            for (Map<String, AttributeValue> item : response.items()) {
                if (cursorKey != null && cursorKey.equals(Attrs.str(item, attribute))) {
                    continue;
                }
                fetched.add(read(item));
                if (fetched.size() == wanted) {
                    break;
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && fetched.size() < wanted);
        return Page.fromOverfetch(fetched, page.limit(), LiveEvents::cursorOf);
    }

    static Map<String, AttributeValue> item(LiveEvent e) {
        // Keys.newestFirst is only "<time>#<id>"; read forward it is soonest first
        String order = Keys.newestFirst(e.date().toInstant(), e.id().value());
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(e.organizationId().value()))
                .put(Keys.SK, EVENT + e.id().value())
                .put(Keys.LSI1, BY_DATE + order)
                .put(Keys.LSI2, BY_STATUS + e.status().name() + "#" + order)
                .put("id", e.id().value())
                .put("organizationId", e.organizationId().value())
                .put("title", e.title())
                .put("description", e.description())
                .put("date", e.dateText())
                .put("location", e.location())
                .put("capacity", e.capacity())
                .put("organizer", e.organizer())
                .put("status", e.status().name())
                .put("createdAt", e.createdAt())
                .put("updatedAt", e.updatedAt())
                .put("version", e.version())
                .build();
    }

    static LiveEvent read(Map<String, AttributeValue> item) {
        return new LiveEvent(LiveEventId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "title"),
                Attrs.str(item, "description"), OffsetDateTime.parse(Attrs.required(item, "date")),
                Attrs.required(item, "location"), Attrs.optionalInt(item, "capacity"), Attrs.str(item, "organizer"),
                LiveEventStatus.valueOf(Attrs.required(item, "status")), Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
    }
}
