package io.soundport.domain.platform;

import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

/**
 * The audit log: an append-only record of every change, written in the unit of work of the change itself, so that a
 * change that rolls back leaves no entry and one that commits always has its entry.
 */
public interface AuditLog {
    /** Adds an entry in the current unit of work; an id used before is a CONFLICT. */
    void append(AuditEntry entry);

    /**
     * The entries that match {@code filter}, newest first (time, then id), a page at a time; with no organization in
     * the filter, those of every organization.
     */
    Page<AuditEntry> list(AuditFilter filter, PageRequest page);
}
