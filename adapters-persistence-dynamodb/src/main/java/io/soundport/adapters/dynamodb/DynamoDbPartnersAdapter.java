package io.soundport.adapters.dynamodb;

import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Partners;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.distribution.TakedownMessage;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.DdexPartyId;
import io.soundport.domain.shared.Territory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A delivery partner is {@code ORG#<org> / PARTNER#<id>} in the entities table: newest first on {@code lsi1}
 * ({@code PARTNER#<time>#<id>}); while active also on {@code lsi2} ({@code PARTNERACTIVE#<time>#<id>}, a sparse
 * entry that a deactivated partner drops by the same write), which {@link #active} reads forward, strongly
 * consistent: oldest first. The credentials are stored as the ciphertext the caller hands over, never in clear.
 */
final class DynamoDbPartnersAdapter implements Partners {
    private static final String PARTNER = "PARTNER#";
    private static final String ACTIVE = "PARTNERACTIVE#";
    private static final String RESOURCE = "Partner";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbPartnersAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, PartnerId id) {
        return Keys.key(Keys.org(org.value()), PARTNER + id.value());
    }

    @Override
    public void add(Partner partner) {
        db.write(Write.put(table, item(partner), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists(RESOURCE, partner.id().value())));
    }

    @Override
    public Optional<Partner> find(OrganizationId organizationId, PartnerId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(DynamoDbPartnersAdapter::read);
    }

    @Override
    public Partner update(Partner p) {
        Partner stored = new Partner(p.id(), p.organizationId(), p.name(), p.protocol(), p.endpoint(),
                p.territories(), p.active(), p.credentialsCiphertext(), p.createdAt(), p.updatedAt(),
                p.version() + 1, p.dpid(), p.test(), p.takedown());
        db.write(Write.put(table, item(stored), Conditions.AT_VERSION, Map.of(), Conditions.version(p.version()),
                Conditions.staleOrMissing(RESOURCE, p.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, PartnerId id) {
        if (find(organizationId, id).isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.staleOrMissing(RESOURCE, id.value())));
        return true;
    }

    @Override
    public Page<Partner> list(OrganizationId organizationId, PageRequest page) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), PARTNER)
                .page(db, page, DynamoDbPartnersAdapter::read, null, p -> new Cursor(p.createdAt(), p.id().value()));
    }

    @Override
    public List<Partner> active(OrganizationId organizationId) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, Keys.org(organizationId.value()), ACTIVE)
                .all(db, true).stream()
                .map(DynamoDbPartnersAdapter::read)
                .toList();
    }

    static Map<String, AttributeValue> item(Partner p) {
        String order = Keys.newestFirst(p.createdAt(), p.id().value());
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(p.organizationId().value()))
                .put(Keys.SK, PARTNER + p.id().value())
                .put(Keys.LSI1, PARTNER + order)
                .put(Keys.LSI2, p.active() ? ACTIVE + order : null)
                .put("id", p.id().value())
                .put("organizationId", p.organizationId().value())
                .put("name", p.name())
                .put("protocol", p.protocol().name())
                .put("endpoint", p.endpoint())
                .put("territories", Attrs.list(p.territories().stream().map(Territory::code).toList()))
                .put("active", p.active())
                .put("credentialsCiphertext", p.credentialsCiphertext())
                .put("dpid", p.dpid() == null ? null : p.dpid().value())
                .put("test", p.test())
                .put("takedown", p.takedown().name())
                .put("createdAt", p.createdAt())
                .put("updatedAt", p.updatedAt())
                .put("version", p.version())
                .build();
    }

    static Partner read(Map<String, AttributeValue> item) {
        return new Partner(PartnerId.of(Attrs.required(item, "id")),
                OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "name"),
                Protocol.valueOf(Attrs.required(item, "protocol")), Attrs.required(item, "endpoint"),
                Attrs.strings(item, "territories").stream().map(Territory::of).toList(), Attrs.flag(item, "active"),
                Attrs.str(item, "credentialsCiphertext"), Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"),
                DdexPartyId.ofNullable(Attrs.str(item, "dpid")), Attrs.flag(item, "test"),
                Attrs.str(item, "takedown") == null ? TakedownMessage.MESSAGE
                        : TakedownMessage.valueOf(Attrs.str(item, "takedown")));
    }
}
