package io.soundport.application.platform;

import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.AuditLog;
import io.soundport.domain.shared.Page;

/**
 * Reading the audit log: an organization's own entries for its OWNER and ADMIN members (and API keys with the admin
 * scope), every organization's for platform operators.
 */
public final class AuditLogService {
    private final AuditLog log;
    private final PlatformOperators operators;

    public AuditLogService(AuditLog log, PlatformOperators operators) {
        this.log = log;
        this.operators = operators;
    }

    /** The caller's organization's entries; the query's organization, if any, is ignored. */
    public Page<AuditEntry> list(Caller caller, ListAuditQuery query) {
        caller.require(Permission.MANAGE);
        return log.list(query.filter().in(caller.organizationId()), query.page());
    }

    /** Every organization's entries, or one's when the query names it: platform operators only. */
    public Page<AuditEntry> listAll(Caller caller, ListAuditQuery query) {
        operators.require(caller);
        return log.list(query.filter(), query.page());
    }
}
