package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/**
 * An opt-out is {@code ORG#<org> / OPTOUT#<r>} in the entities table, where {@code <r>} is the SHA-256 of the
 * recipient's {@link Recipient#key()} (channel and normal address: a push token may be 4,096 characters, more than a
 * key holds, and no character of an address is special in a digest). {@link #contains} is one consistent GetItem.
 * It is listed newest first on {@code lsi1} ({@code OPTOUT#<time>#<r>}) and per channel on {@code lsi2}
 * ({@code OPTOUTBYCHANNEL#<channel>#<time>#<r>}); the cursor's id is {@code <r>}, so that no address travels in a
 * cursor.
 */
final class DynamoDbOptOutsAdapter implements OptOuts {
    private static final String OPT_OUT = "OPTOUT#";
    private static final String BY_CHANNEL = "OPTOUTBYCHANNEL#";
    private static final String RESOURCE = "Opt-out";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbOptOutsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static String digest(Recipient recipient) {
        return Keys.digest(recipient.key());
    }

    private static Map<String, AttributeValue> key(OrganizationId org, Recipient recipient) {
        return Keys.key(Keys.org(org.value()), OPT_OUT + digest(recipient));
    }

    /**
     * Outside a unit of work one conditional put, {@code attribute_not_exists(pk)}: false when it fails. Inside one,
     * answers from a consistent read and defers the put with its condition; should the recipient opt out by another
     * request in between, the commit fails with CONFLICT.
     */
    @Override
    public boolean add(OptOut optOut) {
        Write put = Write.put(table, item(optOut), Conditions.ABSENT, Map.of(), Map.of(), Conditions.always(
                () -> DomainException.conflict("The recipient has already opted out", "recipient")));
        if (!db.active()) {
            return db.writeNowIf(put);
        }
        if (db.get(table, key(optOut.organizationId(), optOut.recipient())) != null) {
            return false;
        }
        db.write(put);
        return true;
    }

    /** As {@link #add}: a conditional delete at once, or a read and a deferred delete inside a unit of work. */
    @Override
    public boolean remove(OrganizationId organizationId, Recipient recipient) {
        Write delete = Write.delete(table, key(organizationId, recipient), Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.always(() -> DomainException.notFound(RESOURCE, recipient.toString())));
        if (!db.active()) {
            return db.writeNowIf(delete);
        }
        if (db.get(table, key(organizationId, recipient)) == null) {
            return false;
        }
        db.write(delete);
        return true;
    }

    @Override
    public Optional<OptOut> find(OrganizationId organizationId, Recipient recipient) {
        return Optional.ofNullable(db.get(table, key(organizationId, recipient))).map(DynamoDbOptOutsAdapter::read);
    }

    @Override
    public Page<OptOut> list(OrganizationId organizationId, Channel channel, PageRequest page) {
        KeysetQuery query = channel == null
                ? KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), OPT_OUT)
                : KeysetQuery.onIndex(table, DynamoDbTables.LSI2, Keys.LSI2, Keys.org(organizationId.value()),
                        BY_CHANNEL + channel.name() + "#");
        return query.page(db, page, DynamoDbOptOutsAdapter::read, null,
                o -> new Cursor(o.createdAt(), digest(o.recipient())));
    }

    static Map<String, AttributeValue> item(OptOut o) {
        String order = Keys.newestFirst(o.createdAt(), digest(o.recipient()));
        return new Attrs.Item()
                .put(Keys.PK, Keys.org(o.organizationId().value()))
                .put(Keys.SK, OPT_OUT + digest(o.recipient()))
                .put(Keys.LSI1, OPT_OUT + order)
                .put(Keys.LSI2, BY_CHANNEL + o.recipient().channel().name() + "#" + order)
                .put("organizationId", o.organizationId().value())
                .put("channel", o.recipient().channel().name())
                .put("address", o.recipient().address())
                .put("createdAt", o.createdAt())
                .build();
    }

    static OptOut read(Map<String, AttributeValue> item) {
        return new OptOut(OrganizationId.of(Attrs.required(item, "organizationId")),
                new Recipient(Channel.valueOf(Attrs.required(item, "channel")), Attrs.required(item, "address")),
                Attrs.instant(item, "createdAt"));
    }
}
