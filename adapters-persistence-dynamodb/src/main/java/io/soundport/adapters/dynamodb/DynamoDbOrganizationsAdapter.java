package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationFilter;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Organizations;
import io.soundport.domain.identity.Suspension;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.DdexPartyId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An organization is the item {@code ORG#<id> / #ORG}; the platform-wide list, newest first, reads the global index
 * {@code gsi1} under the constant partition {@code ORGS}. A search by name, tier or standing filters that index page by
 * page ({@link KeysetQuery}): a full read of it at worst, which a platform operator's screen can afford; an exact id
 * is one item among them.
 */
final class DynamoDbOrganizationsAdapter implements Organizations {
    static final String SK = "#ORG";
    private static final String ALL = "ORGS";
    private static final String LIST_PREFIX = "ORG#";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbOrganizationsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    @Override
    public void add(Organization organization) {
        db.write(Write.put(table, OrganizationItems.item(organization, organization.version()), Conditions.ABSENT,
                Map.of(), Map.of(), Conditions.exists("Organization", organization.id().value())));
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return Optional.ofNullable(db.get(table, Keys.key(Keys.org(id.value()), SK))).map(OrganizationItems::read);
    }

    @Override
    public Organization update(Organization organization) {
        Organization stored = organization.atVersion(organization.version() + 1);
        db.write(Write.put(table, OrganizationItems.item(stored, stored.version()), Conditions.AT_VERSION, Map.of(),
                Conditions.version(organization.version()),
                Conditions.staleOrMissing("Organization", organization.id().value())));
        return stored;
    }

    @Override
    public Page<Organization> search(OrganizationFilter filter, PageRequest page) {
        // an operator's screen: the filter reads the list index page by page (every organization, at worst)
        return new KeysetQuery(table, DynamoDbTables.GSI1, Keys.GSI1_PK, ALL, Keys.GSI1_SK, LIST_PREFIX)
                .page(db, page, OrganizationItems::read, filter.equals(OrganizationFilter.ALL) ? null : filter::matches,
                        o -> new Cursor(o.createdAt(), o.id().value()));
    }

    static final class OrganizationItems {
        private OrganizationItems() {
        }

        static Map<String, AttributeValue> item(Organization o, long version) {
            return new Attrs.Item()
                    .put(Keys.PK, Keys.org(o.id().value()))
                    .put(Keys.SK, SK)
                    .put(Keys.GSI1_PK, ALL)
                    .put(Keys.GSI1_SK, LIST_PREFIX + Keys.newestFirst(o.createdAt(), o.id().value()))
                    .put("id", o.id().value())
                    .put("name", o.name())
                    .put("tier", o.tier().name())
                    .put("suspendedAt", o.suspension() == null ? null : o.suspension().at())
                    .put("suspendedBy", o.suspension() == null ? null : o.suspension().by().value())
                    .put("suspensionReason", o.suspension() == null ? null : o.suspension().reason())
                    .put("dpid", o.dpid() == null ? null : o.dpid().value())
                    .put("partyName", o.partyName())
                    .put("createdAt", o.createdAt())
                    .put("updatedAt", o.updatedAt())
                    .put("version", version)
                    .build();
        }

        static Organization read(Map<String, AttributeValue> item) {
            Instant suspendedAt = Attrs.instant(item, "suspendedAt");
            Suspension suspension = suspendedAt == null ? null : new Suspension(suspendedAt,
                    UserId.of(Attrs.required(item, "suspendedBy")), Attrs.required(item, "suspensionReason"));
            return new Organization(OrganizationId.of(Attrs.required(item, "id")), Attrs.required(item, "name"),
                    Tier.valueOf(Attrs.required(item, "tier")), suspension, Attrs.instant(item, "createdAt"),
                    Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"),
                    DdexPartyId.ofNullable(Attrs.str(item, "dpid")), Attrs.str(item, "partyName"));
        }
    }
}
