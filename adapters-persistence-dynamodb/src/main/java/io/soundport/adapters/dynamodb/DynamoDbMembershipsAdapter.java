package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.Membership;
import io.soundport.domain.identity.Memberships;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A membership is stored twice, in one transaction: {@code ORG#<org> / MEMBER#<user>} in the organization's
 * partition (members newest first on {@code lsi1}, counts per role on {@code lsi2}) and {@code USER#<user> /
 * MEMBERSHIP#<org>} in the user's partition (their organizations, oldest first, on {@code lsi1}). Both copies
 * carry the version, so both reads are strongly consistent: a user can log in the instant they registered.
 */
final class DynamoDbMembershipsAdapter implements Memberships {
    private static final String MEMBER = "MEMBER#";
    private static final String MEMBERSHIP = "MEMBERSHIP#";
    private static final String ROLE = "ROLE#";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbMembershipsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static String name(OrganizationId org, UserId user) {
        return org.value() + "/" + user.value();
    }

    @Override
    public void add(Membership m) {
        db.write(Write.put(table, MembershipItems.ofOrganization(m), Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.always(() -> DomainException.conflict("User " + m.userId()
                                + " already belongs to organization " + m.organizationId()))),
                Write.put(table, MembershipItems.ofUser(m), Conditions.ABSENT, Map.of(), Map.of(),
                        Conditions.always(() -> DomainException.conflict("User " + m.userId()
                                + " already belongs to organization " + m.organizationId()))));
    }

    @Override
    public Optional<Membership> find(OrganizationId organizationId, UserId userId) {
        return Optional.ofNullable(db.get(table, Keys.key(Keys.org(organizationId.value()), MEMBER + userId.value())))
                .map(MembershipItems::read);
    }

    @Override
    public List<Membership> ofUser(UserId userId) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, DynamoDbUsersAdapter.pk(userId), MEMBERSHIP)
                .all(db, true).stream().map(MembershipItems::read).toList();
    }

    @Override
    public Page<Membership> ofOrganization(OrganizationId organizationId, PageRequest page) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), MEMBER)
                .page(db, page, MembershipItems::read, null, m -> new Cursor(m.createdAt(), m.userId().value()));
    }

    @Override
    public Membership update(Membership m) {
        Membership stored = m.nextVersion();
        String name = name(m.organizationId(), m.userId());
        db.write(Write.put(table, MembershipItems.ofOrganization(stored), Conditions.AT_VERSION, Map.of(),
                        Conditions.version(m.version()), Conditions.staleOrMissing("Membership", name)),
                Write.put(table, MembershipItems.ofUser(stored), Conditions.AT_VERSION, Map.of(),
                        Conditions.version(m.version()), Conditions.staleOrMissing("Membership", name)));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, UserId userId) {
        Optional<Membership> current = find(organizationId, userId);
        if (current.isEmpty()) {
            return false;
        }
        String name = name(organizationId, userId);
        db.write(Write.delete(table, Keys.key(Keys.org(organizationId.value()), MEMBER + userId.value()),
                        Conditions.PRESENT, Map.of(), Map.of(), Conditions.staleOrMissing("Membership", name)),
                Write.delete(table, Keys.key(DynamoDbUsersAdapter.pk(userId), MEMBERSHIP + organizationId.value()),
                        null, Map.of(), Map.of(), Conditions.staleOrMissing("Membership", name)));
        return true;
    }

    @Override
    public int countWithRole(OrganizationId organizationId, Role role) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, Keys.org(organizationId.value()),
                ROLE + role.name() + "#").count(db);
    }

    static final class MembershipItems {
        private MembershipItems() {
        }

        static Map<String, AttributeValue> ofOrganization(Membership m) {
            return common(m)
                    .put(Keys.PK, Keys.org(m.organizationId().value()))
                    .put(Keys.SK, MEMBER + m.userId().value())
                    .put(Keys.LSI1, MEMBER + Keys.newestFirst(m.createdAt(), m.userId().value()))
                    .put(Keys.LSI2, ROLE + m.role().name() + "#" + m.userId().value())
                    .build();
        }

        static Map<String, AttributeValue> ofUser(Membership m) {
            return common(m)
                    .put(Keys.PK, DynamoDbUsersAdapter.pk(m.userId()))
                    .put(Keys.SK, MEMBERSHIP + m.organizationId().value())
                    .put(Keys.LSI1, MEMBERSHIP + Keys.newestFirst(m.createdAt(), m.organizationId().value()))
                    .build();
        }

        private static Attrs.Item common(Membership m) {
            return new Attrs.Item()
                    .put("organizationId", m.organizationId().value())
                    .put("userId", m.userId().value())
                    .put("role", m.role().name())
                    .put("byInvitation", m.byInvitation())
                    .put("createdAt", m.createdAt())
                    .put("updatedAt", m.updatedAt())
                    .put("version", m.version());
        }

        static Membership read(Map<String, AttributeValue> item) {
            return new Membership(OrganizationId.of(Attrs.required(item, "organizationId")),
                    UserId.of(Attrs.required(item, "userId")), Role.valueOf(Attrs.required(item, "role")),
                    Attrs.flag(item, "byInvitation"), Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
        }
    }
}
