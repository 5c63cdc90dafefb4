package io.soundport.adapters.dynamodb;

import io.soundport.domain.catalog.ReleaseId;
import io.soundport.domain.distribution.Deliveries;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.DeliveryAttempt;
import io.soundport.domain.distribution.DeliveryFilter;
import io.soundport.domain.distribution.DeliveryId;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryStatus;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deliveries on the table {@code <prefix>deliveries}, which has no index and so no cap on the size of a partition
 * (deliveries are many, one per release and partner, and carry their attempts). Each delivery is stored twice, both
 * copies whole and written together with the same condition:
 * <ul>
 *   <li>{@code ORG#<org>#REL#<release> / DLV#<time>#<id>}: the deliveries of one release, read forward for
 *   {@link #ofRelease} (oldest first) and backwards for a list filtered on the release;</li>
 *   <li>{@code ORG#<org> / DLV#<time>#<id>}: every delivery of the organization, newest first for {@link #list};
 *   partner and status filters are applied page by page while reading.</li>
 * </ul>
 * A pointer {@code DLV#<id> / #ID} (organizationId, releaseId, createdAt), written once with the delivery and
 * {@code attribute_not_exists(pk)}, makes the id unique and finds a delivery by id alone (two consistent GetItems,
 * the pointer's organization checked). {@link #update} puts both copies in one transaction, each on
 * {@code version = :expected}: they never disagree.
 */
final class DynamoDbDeliveriesAdapter implements Deliveries {
    private static final String DELIVERY = "DLV#";
    private static final String POINTER_SK = "#ID";
    private static final String RESOURCE = "Delivery";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbDeliveriesAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.deliveries();
    }

    private static String releasePartition(OrganizationId org, ReleaseId release) {
        return Keys.org(org.value()) + "#REL#" + release.value();
    }

    private static String sortKey(Delivery d) {
        return DELIVERY + Keys.newestFirst(d.createdAt(), d.id().value());
    }

    private static Map<String, AttributeValue> pointerKey(DeliveryId id) {
        return Keys.key(DELIVERY + id.value(), POINTER_SK);
    }

    @Override
    public void add(Delivery delivery) {
        Map<String, AttributeValue> pointer = new Attrs.Item()
                .put(Keys.PK, DELIVERY + delivery.id().value())
                .put(Keys.SK, POINTER_SK)
                .put("organizationId", delivery.organizationId().value())
                .put("releaseId", delivery.releaseId().value())
                .put("createdAt", delivery.createdAt())
                .build();
        db.write(List.of(
                Write.put(table, pointer, Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.exists(RESOURCE, delivery.id().value())),
                Write.put(table, item(releasePartition(delivery.organizationId(), delivery.releaseId()), delivery),
                        Conditions.ABSENT, Map.of(), Map.of(), Conditions.exists(RESOURCE, delivery.id().value())),
                Write.put(table, item(Keys.org(delivery.organizationId().value()), delivery),
                        Conditions.ABSENT, Map.of(), Map.of(), Conditions.exists(RESOURCE, delivery.id().value()))));
    }

    @Override
    public Optional<Delivery> find(OrganizationId organizationId, DeliveryId id) {
        Map<String, AttributeValue> pointer = db.get(table, pointerKey(id));
        if (pointer == null || !organizationId.value().equals(Attrs.str(pointer, "organizationId"))) {
            return Optional.empty();
        }
        String sk = DELIVERY + Keys.newestFirst(Attrs.instant(pointer, "createdAt"), id.value());
        ReleaseId release = ReleaseId.of(Attrs.required(pointer, "releaseId"));
        return Optional.ofNullable(db.get(table, Keys.key(releasePartition(organizationId, release), sk)))
                .map(DynamoDbDeliveriesAdapter::read);
    }

    @Override
    public Delivery update(Delivery d) {
        Delivery stored = new Delivery(d.id(), d.organizationId(), d.releaseId(), d.partnerId(), d.kind(),
                d.status(), d.attempts(), d.partnerReference(), d.nextAttemptAt(), d.createdAt(), d.updatedAt(),
                d.version() + 1);
        db.write(List.of(
                Write.put(table, item(releasePartition(d.organizationId(), d.releaseId()), stored),
                        Conditions.AT_VERSION, Map.of(), Conditions.version(d.version()),
                        Conditions.staleOrMissing(RESOURCE, d.id().value())),
                Write.put(table, item(Keys.org(d.organizationId().value()), stored),
                        Conditions.AT_VERSION, Map.of(), Conditions.version(d.version()),
                        Conditions.staleOrMissing(RESOURCE, d.id().value()))));
        return stored;
    }

    @Override
    public Page<Delivery> list(OrganizationId organizationId, DeliveryFilter filter, PageRequest page) {
        DeliveryFilter f = filter == null ? DeliveryFilter.ALL : filter;
        KeysetQuery query = f.releaseId() == null
                ? KeysetQuery.onTable(table, Keys.org(organizationId.value()), DELIVERY)
                : KeysetQuery.onTable(table, releasePartition(organizationId, f.releaseId()), DELIVERY);
        boolean everything = f.partnerId() == null && f.status() == null;
        return query.page(db, page, DynamoDbDeliveriesAdapter::read, everything ? null : f::matches,
                d -> new Cursor(d.createdAt(), d.id().value()));
    }

    @Override
    public List<Delivery> ofRelease(OrganizationId organizationId, ReleaseId releaseId) {
        return KeysetQuery.onTable(table, releasePartition(organizationId, releaseId), DELIVERY)
                .all(db, true).stream()
                .map(DynamoDbDeliveriesAdapter::read)
                .toList();
    }

    static Map<String, AttributeValue> item(String partition, Delivery d) {
        return new Attrs.Item()
                .put(Keys.PK, partition)
                .put(Keys.SK, sortKey(d))
                .put("id", d.id().value())
                .put("organizationId", d.organizationId().value())
                .put("releaseId", d.releaseId().value())
                .put("partnerId", d.partnerId().value())
                .put("kind", d.kind().name())
                .put("status", d.status().name())
                .put("attempts", AttributeValue.fromL(d.attempts().stream().map(a -> AttributeValue.fromM(
                        new Attrs.Item()
                                .put("number", a.number())
                                .put("at", a.at())
                                .put("succeeded", a.succeeded())
                                .put("error", a.error())
                                .put("partnerReference", a.partnerReference())
                                .put("durationMs", a.durationMs())
                                .build())).toList()))
                .put("partnerReference", d.partnerReference())
                .put("nextAttemptAt", d.nextAttemptAt())
                .put("createdAt", d.createdAt())
                .put("updatedAt", d.updatedAt())
                .put("version", d.version())
                .build();
    }

    static Delivery read(Map<String, AttributeValue> item) {
        AttributeValue attempts = item.get("attempts");
        List<DeliveryAttempt> list = attempts == null || !attempts.hasL() ? List.of() : attempts.l().stream()
                .map(a -> new DeliveryAttempt((int) Attrs.num(a.m(), "number"), Attrs.instant(a.m(), "at"),
                        Attrs.flag(a.m(), "succeeded"), Attrs.str(a.m(), "error"),
                        Attrs.str(a.m(), "partnerReference"), Attrs.num(a.m(), "durationMs")))
                .toList();
        return new Delivery(DeliveryId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")),
                ReleaseId.of(Attrs.required(item, "releaseId")), PartnerId.of(Attrs.required(item, "partnerId")),
                DeliveryKind.valueOf(Attrs.required(item, "kind")),
                DeliveryStatus.valueOf(Attrs.required(item, "status")), list, Attrs.str(item, "partnerReference"),
                Attrs.instant(item, "nextAttemptAt"), Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
    }
}
