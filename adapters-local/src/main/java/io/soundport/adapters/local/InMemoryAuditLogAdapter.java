package io.soundport.adapters.local;

import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.AuditEntryId;
import io.soundport.domain.platform.AuditFilter;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

final class InMemoryAuditLogAdapter implements AuditLog {
    private final InMemoryTransactionRunner transactions;
    private final InMemoryTable<AuditEntryId, AuditEntry> rows;

    InMemoryAuditLogAdapter(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
        this.rows = new InMemoryTable<>(transactions);
    }

    @Override
    public void append(AuditEntry entry) {
        transactions.write(() -> {
            if (rows.contains(entry.id())) {
                throw DomainException.conflict("An audit entry with this id already exists", "id");
            }
            rows.put(entry.id(), entry);
            return null;
        });
    }

    @Override
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        return KeysetPages.page(rows.rows().filter(filter::matches),
                e -> new Cursor(e.occurredAt(), e.id().value()), page);
    }
}
