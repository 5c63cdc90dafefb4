package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.TrackSync;
import io.soundport.domain.integrations.TrackSyncId;
import io.soundport.domain.integrations.TrackSyncs;
import io.soundport.domain.integrations.platform.TimeRange;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/**
 * A track import is {@code ORG#<org> / TRACKSYNC#<id>} in the entities table: found by one GetItem within its
 * organization, added with {@code attribute_not_exists(pk)} and updated by putting the whole item on
 * {@code version = :version}. An import of saved tracks has no {@code timeRange} attribute.
 */
final class DynamoDbTrackSyncsAdapter implements TrackSyncs {
    private static final String TRACK_SYNC = "TRACKSYNC#";
    private static final String RESOURCE = "Track import";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbTrackSyncsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, TrackSyncId id) {
        return Keys.key(Keys.org(org.value()), TRACK_SYNC + id.value());
    }

    @Override
    public void add(TrackSync sync) {
        db.write(Write.put(table, item(sync), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists(RESOURCE, sync.id().value())));
    }

    @Override
    public Optional<TrackSync> find(OrganizationId organizationId, TrackSyncId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(DynamoDbTrackSyncsAdapter::read);
    }

    @Override
    public TrackSync update(TrackSync s) {
        TrackSync stored = new TrackSync(s.id(), s.organizationId(), s.userId(), s.provider(), s.source(),
                s.timeRange(), s.limit(), s.status(), s.counts(), s.failureReason(), s.createdAt(), s.updatedAt(),
                s.finishedAt(), s.version() + 1);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(s.version()),
                Conditions.staleOrMissing(RESOURCE, s.id().value())));
        return stored;
    }

    static Map<String, AttributeValue> item(TrackSync s) {
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(s.organizationId().value()))
                .put(Keys.SK, TRACK_SYNC + s.id().value())
                .put("id", s.id().value())
                .put("organizationId", s.organizationId().value())
                .put("userId", s.userId().value())
                .put("provider", s.provider().name())
                .put("source", s.source().name())
                .put("timeRange", s.timeRange() == null ? null : s.timeRange().name())
                .put("limit", s.limit())
                .put("status", s.status().name())
                .put("found", s.counts().found())
                .put("imported", s.counts().imported())
                .put("alreadyInCatalog", s.counts().alreadyInCatalog())
                .put("withoutIsrc", s.counts().withoutIsrc())
                .put("failureReason", s.failureReason())
                .put("createdAt", s.createdAt())
                .put("updatedAt", s.updatedAt())
                .put("finishedAt", s.finishedAt())
                .put("version", s.version())
                .build();
    }

    static TrackSync read(Map<String, AttributeValue> item) {
        String timeRange = Attrs.str(item, "timeRange");
        return new TrackSync(TrackSyncId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), UserId.of(Attrs.required(item, "userId")),
                Provider.valueOf(Attrs.required(item, "provider")),
                TrackSync.Source.valueOf(Attrs.required(item, "source")),
                timeRange == null ? null : TimeRange.valueOf(timeRange), count(item, "limit"),
                TrackSync.Status.valueOf(Attrs.required(item, "status")),
                new TrackSync.Counts(count(item, "found"), count(item, "imported"),
                        count(item, "alreadyInCatalog"), count(item, "withoutIsrc")),
                Attrs.str(item, "failureReason"), Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"),
                Attrs.instant(item, "finishedAt"), Attrs.num(item, "version"));
    }

    private static int count(Map<String, AttributeValue> item, String name) {
        return Math.toIntExact(Attrs.num(item, name));
    }
}
