package io.soundport.sdk;

import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.AuditEntry;
import io.soundport.sdk.param.AuditLogListParams;

import static io.soundport.sdk.Transport.Call;

/**
 * The audit log: who changed what, when and from where. Reached through {@link SoundportClient#auditLog()}.
 * <p>{@link #list} needs the OWNER or ADMIN role, or an API key with the {@code admin} scope; {@link #listAll} needs
 * a platform operator. Every method may also throw the exceptions the {@linkplain io.soundport.sdk package
 * documentation} lists.
 */
public final class AuditLogService {
    private final Transport transport;

    AuditLogService(Transport transport) {
        this.transport = transport;
    }

    /**
     * A page of the caller's organization's audit log, newest first.
     *
     * @param params filters, limit and cursor ({@code organizationId} is ignored)
     * @return the page
     * @throws ValidationException when a filter, the limit or the cursor is invalid
     * @throws PermissionException when the caller is neither OWNER nor ADMIN, nor an admin-scoped key
     */
    public Page<AuditEntry> list(AuditLogListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of the caller's organization's audit log, newest first.
     *
     * @param params  filters, limit and cursor ({@code organizationId} is ignored)
     * @param options a deadline
     * @return the page
     * @throws ValidationException when a filter, the limit or the cursor is invalid
     * @throws PermissionException when the caller is neither OWNER nor ADMIN, nor an admin-scoped key
     */
    public Page<AuditEntry> list(AuditLogListParams params, RequestOptions options) {
        AuditLogListParams own = params == null ? AuditLogListParams.builder().build() : params;
        return transport.list(Call.get("organization", "audit-log").query(new AuditLogListParams(own.actor(),
                own.resourceType(), own.resourceId(), own.action(), own.since(), own.until(), null, own.limit(),
                own.cursor())).options(options), AuditEntry.class);
    }

    /**
     * A page of every organization's audit log, newest first: platform operators only.
     *
     * @param params filters (one organization with {@code organizationId}), limit and cursor
     * @return the page
     * @throws ValidationException when a filter, the limit or the cursor is invalid
     * @throws PermissionException when the caller is not a platform operator
     */
    public Page<AuditEntry> listAll(AuditLogListParams params) {
        return listAll(params, RequestOptions.none());
    }

    /**
     * A page of every organization's audit log, newest first: platform operators only.
     *
     * @param params  filters (one organization with {@code organizationId}), limit and cursor
     * @param options a deadline
     * @return the page
     * @throws ValidationException when a filter, the limit or the cursor is invalid
     * @throws PermissionException when the caller is not a platform operator
     */
    public Page<AuditEntry> listAll(AuditLogListParams params, RequestOptions options) {
        return transport.list(Call.get("admin", "audit-log").query(params).options(options), AuditEntry.class);
    }
}
