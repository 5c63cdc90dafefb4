package io.soundport.adapters.local;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

final class InMemoryOptOutsAdapter implements OptOuts {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<Key, OptOut> rows;

    InMemoryOptOutsAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    private record Key(OrganizationId organizationId, Recipient recipient) {
    }

    @Override
    public boolean add(OptOut optOut) {
        return transactions.write(() -> {
            Key key = new Key(optOut.organizationId(), optOut.recipient());
            if (rows.contains(key)) {
                return false;
            }
            rows.put(key, optOut);
            return true;
        });
    }

    @Override
    public boolean remove(OrganizationId organizationId, Recipient recipient) {
        return transactions.write(() -> rows.remove(new Key(organizationId, recipient)));
    }

    @Override
    public Optional<OptOut> find(OrganizationId organizationId, Recipient recipient) {
        return rows.get(new Key(organizationId, recipient));
    }

    @Override
    public Page<OptOut> list(OrganizationId organizationId, Channel channel, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(o -> o.organizationId().equals(organizationId)
                        && (channel == null || o.recipient().channel() == channel)),
                o -> new Cursor(o.createdAt(), o.recipient().key()), page);
    }
}
