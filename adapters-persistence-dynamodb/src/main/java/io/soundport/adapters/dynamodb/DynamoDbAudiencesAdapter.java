package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.integrations.ads.AdAccountId;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.integrations.ads.Sha256Hex;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceFilter;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceMember;
import io.soundport.domain.marketing.AudienceSync;
import io.soundport.domain.marketing.AudienceSyncStatus;
import io.soundport.domain.marketing.AudienceType;
import io.soundport.domain.marketing.Audiences;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An audience is {@code ORG#<org> / AUN#<id>} in the entities table, listed newest first on {@code lsi1}
 * ({@code AUN#<time>#<id>}), per type on {@code lsi2} ({@code AUNTYPE#<type>#<time>#<id>}) and, for a lookalike, per
 * origin on {@code lsi3} ({@code AUNORIGIN#<origin>#<time>#<id>}). Its members live in a partition of their own,
 * {@code ORG#<org>#AUN#<id> / MBR#<member key>} (an audience of millions never fills the organization's partition):
 * {@code addMembers} reads which keys are there (BatchGetItem, consistent, 100 at a time) and puts the others on
 * {@code attribute_not_exists(pk)}, so a member added at once by another call fails the write with CONFLICT;
 * {@code members} is one forward range of the partition; {@code remove} deletes the audience and every member.
 */
final class DynamoDbAudiencesAdapter implements Audiences {
    private static final String AUDIENCE = "AUN#";
    private static final String BY_TYPE = "AUNTYPE#";
    private static final String BY_ORIGIN = "AUNORIGIN#";
    private static final String MEMBER = "MBR#";
    private static final String RESOURCE = "Audience";
    private static final int BATCH_GET = 100;
    private static final int BATCH_ATTEMPTS = 5;
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbAudiencesAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, AudienceId id) {
        return Keys.key(Keys.org(org.value()), AUDIENCE + id.value());
    }

    private static String members(OrganizationId org, AudienceId id) {
        return Keys.org(org.value()) + "#" + AUDIENCE + id.value();
    }

    @Override
    public void add(Audience audience) {
        db.write(Write.put(table, item(audience), Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                () -> DomainException.conflict("An audience with this id already exists", "id"))));
    }

    @Override
    public Optional<Audience> find(OrganizationId organizationId, AudienceId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(DynamoDbAudiencesAdapter::read);
    }

    @Override
    public Audience update(Audience a) {
        Audience current = find(a.organizationId(), a.id())
                .orElseThrow(() -> DomainException.notFound(RESOURCE, a.id().value()));
        if (current.version() != a.version()) {
            throw DomainException.staleVersion(RESOURCE, a.id().value());
        }
        Audience stored = a.storedOver(current);
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(a.version()),
                Conditions.staleOrMissing(RESOURCE, a.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, AudienceId id) {
        Optional<Audience> current = find(organizationId, id);
        if (current.isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.AT_VERSION, Map.of(),
                Conditions.version(current.get().version()), Conditions.staleOrMissing(RESOURCE, id.value())));
        for (Map<String, AttributeValue> member : KeysetQuery.onTable(table, members(organizationId, id), MEMBER)
                .all(db, true)) {
            db.write(Write.delete(table, Keys.key(Attrs.required(member, Keys.PK), Attrs.required(member, Keys.SK)),
                    null, Map.of(), Map.of(), Conditions.exists(RESOURCE, id.value())));
        }
        return true;
    }

    @Override
    public Page<Audience> list(OrganizationId organizationId, AudienceFilter filter, PageRequest page) {
        AudienceFilter f = filter == null ? AudienceFilter.ALL : filter;
        String partition = Keys.org(organizationId.value());
        KeysetQuery query;
        if (f.origin() != null) {
            query = KeysetQuery.onIndex(table, DynamoDbTables.LSI3, Keys.LSI3, partition,
                    BY_ORIGIN + f.origin().value() + "#");
        } else if (f.type() != null) {
            query = KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, partition,
                    BY_TYPE + f.type().name() + "#");
        } else {
            query = KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, partition, AUDIENCE);
        }
        return query.page(db, page, DynamoDbAudiencesAdapter::read, f.origin() != null && f.type() != null
                ? f::matches : null, Audiences::cursorOf);
    }

    @Override
    public int addMembers(OrganizationId organizationId, AudienceId id, List<AudienceMember> added) {
        requireAudience(organizationId, id);
        Map<String, AudienceMember> byKey = new LinkedHashMap<>();
        added.forEach(m -> byKey.putIfAbsent(MEMBER + m.key(), m));
        String partition = members(organizationId, id);
        Set<String> stored = storedKeys(partition, new ArrayList<>(byKey.keySet()));
        int count = 0;
        for (Map.Entry<String, AudienceMember> member : byKey.entrySet()) {
            if (stored.contains(member.getKey())) {
                continue;
            }
            AudienceMember m = member.getValue();
            Map<String, AttributeValue> item = new Attrs.Item()
                    .put(Keys.PK, partition)
                    .put(Keys.SK, member.getKey())
                    .put("email", m.email() == null ? null : m.email().value())
                    .put("phone", m.phone() == null ? null : m.phone().value())
                    .build();
            db.write(Write.put(table, item, Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                    () -> DomainException.conflict("These people are being added to the audience by another "
                            + "request", "members"))));
            count++;
        }
        return count;
    }

    /** Which of these sort keys the partition holds, read consistently in batches. */
    private Set<String> storedKeys(String partition, List<String> sortKeys) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < sortKeys.size(); from += BATCH_GET) {
            List<Map<String, AttributeValue>> keys = sortKeys.subList(from, Math.min(sortKeys.size(),
                    from + BATCH_GET)).stream().map(sk -> Keys.key(partition, sk)).toList();
            Map<String, KeysAndAttributes> wanted = Map.of(table, KeysAndAttributes.builder().keys(keys)
                    .consistentRead(true).projectionExpression("#sk")
                    .expressionAttributeNames(Map.of("#sk", Keys.SK)).build());
            try {
                for (int attempt = 0; attempt < BATCH_ATTEMPTS && !wanted.isEmpty(); attempt++) {
                    Map<String, KeysAndAttributes> asked = wanted;
                    BatchGetItemResponse response = db.client().batchGetItem(r -> r.requestItems(asked));
                    response.responses().getOrDefault(table, List.of())
                            .forEach(item -> found.add(Attrs.required(item, Keys.SK)));
                    wanted = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
                }
            } catch (SdkException e) {
                throw DynamoDbErrors.translate(e);
            }
            if (!wanted.isEmpty()) {
                throw DynamoDbErrors.unavailable();
            }
        }
        return found;
    }

    @Override
    public int removeMembers(OrganizationId organizationId, AudienceId id, List<String> keys) {
        requireAudience(organizationId, id);
        String partition = members(organizationId, id);
        List<String> sortKeys = keys.stream().distinct().map(k -> MEMBER + k).toList();
        Set<String> stored = storedKeys(partition, sortKeys);
        for (String sk : stored) {
            db.write(Write.delete(table, Keys.key(partition, sk), null, Map.of(), Map.of(),
                    Conditions.exists(RESOURCE, id.value())));
        }
        return stored.size();
    }

    @Override
    public List<AudienceMember> members(OrganizationId organizationId, AudienceId id, String afterKey, int limit) {
        String partition = members(organizationId, id);
        List<AudienceMember> found = new ArrayList<>();
        Map<String, AttributeValue> start = afterKey == null ? null : Keys.key(partition, MEMBER + afterKey);
        do {
            QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("#p = :p AND begins_with(#s, :prefix)")
                    .expressionAttributeNames(Map.of("#p", Keys.PK, "#s", Keys.SK))
                    .expressionAttributeValues(Map.of(":p", Attrs.s(partition), ":prefix", Attrs.s(MEMBER)))
                    .limit(limit - found.size())
                    .exclusiveStartKey(start)
                    .build();
            var response = db.query(request);
            response.items().forEach(item -> found.add(new AudienceMember(hash(Attrs.str(item, "email")),
                    hash(Attrs.str(item, "phone")))));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && found.size() < limit);
        return found;
    }

    private void requireAudience(OrganizationId organizationId, AudienceId id) {
        if (db.get(table, key(organizationId, id)) == null) {
            throw DomainException.notFound(RESOURCE, id.value());
        }
    }

    private static Sha256Hex hash(String value) {
        return value == null ? null : new Sha256Hex(value);
    }

    static Map<String, AttributeValue> item(Audience a) {
        String order = Keys.newestFirst(a.createdAt(), a.id().value());
        AudienceSync s = a.sync();
        Attrs.Item item = new Attrs.Item()
                .put(Keys.PK, Keys.org(a.organizationId().value()))
                .put(Keys.SK, AUDIENCE + a.id().value())
                .put(Keys.LSI1, AUDIENCE + order)
                .put(Keys.LSI2, BY_TYPE + a.type().name() + "#" + order)
                .put(Keys.LSI3, a.lookalike() == null ? null
                        : BY_ORIGIN + a.lookalike().origin().value() + "#" + order)
                .put("id", a.id().value())
                .put("organizationId", a.organizationId().value())
                .put("name", a.name())
                .put("description", a.description())
                .put("type", a.type().name())
                .put("source", a.source() == null ? null : a.source().name())
                .put("country", a.country())
                .put("lookalikeOrigin", a.lookalike() == null ? null : a.lookalike().origin().value())
                .put("lookalikeRatio", a.lookalike() == null ? null : a.lookalike().ratio().toPlainString())
                .put("memberCount", a.memberCount())
                .put("metaAdAccountId", s.adAccountId() == null ? null : s.adAccountId().value())
                .put("metaAudienceId", s.metaAudienceId() == null ? null : s.metaAudienceId().value())
                .put("syncStatus", s.status().name())
                .put("syncSent", s.sent())
                .put("syncTotal", s.total())
                .put("syncCursor", s.cursor())
                .put("syncStartedBy", s.startedBy() == null ? null : s.startedBy().value())
                .put("syncStartedAt", s.startedAt())
                .put("syncedAt", s.syncedAt())
                .put("syncFailureReason", s.failureReason())
                .put("createdAt", a.createdAt())
                .put("updatedAt", a.updatedAt())
                .put("version", a.version());
        return item.build();
    }

    static Audience read(Map<String, AttributeValue> item) {
        String origin = Attrs.str(item, "lookalikeOrigin");
        String source = Attrs.str(item, "source");
        String account = Attrs.str(item, "metaAdAccountId");
        String metaId = Attrs.str(item, "metaAudienceId");
        String startedBy = Attrs.str(item, "syncStartedBy");
        AudienceSync sync = new AudienceSync(account == null ? null : AdAccountId.of(account),
                metaId == null ? null : io.soundport.domain.integrations.ads.AudienceId.of(metaId),
                AudienceSyncStatus.valueOf(Attrs.required(item, "syncStatus")), Attrs.num(item, "syncSent"),
                Attrs.num(item, "syncTotal"), Attrs.str(item, "syncCursor"),
                startedBy == null ? null : UserId.of(startedBy), Attrs.instant(item, "syncStartedAt"),
                Attrs.instant(item, "syncedAt"), Attrs.str(item, "syncFailureReason"));
        return new Audience(AudienceId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "name"),
                Attrs.str(item, "description"), AudienceType.valueOf(Attrs.required(item, "type")),
                source == null ? null : CustomerFileSource.valueOf(source), Attrs.str(item, "country"),
                origin == null ? null : new Audience.Lookalike(AudienceId.of(origin),
                        new BigDecimal(Attrs.required(item, "lookalikeRatio"))),
                Attrs.num(item, "memberCount"), sync, Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
    }
}
