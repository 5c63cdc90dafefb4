package io.soundport.adapters.rest.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.platform.PlatformViews.AuditEntryView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.platform.AuditLogService;
import io.soundport.application.platform.ListAuditQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log: an organization's own, and every organization's for platform operators. */
@Controller(SoundportApi.BASE)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "audit")
@ApiDocs.Authenticated
public final class AuditLogController {
    private static final String ACTOR = "only the changes of this user (usr_...) or API key (key_...)";
    private static final String RESOURCE_TYPE = "only changes to this kind of resource (release, api_key, member...)";
    private static final String RESOURCE_ID = "only changes to this resource";
    private static final String ACTION = "only this action, such as release.updated";
    private static final String SINCE = "only changes at or after this ISO-8601 instant";
    private static final String UNTIL = "only changes before this ISO-8601 instant";

    private final AuditLogService audit;
    private final Callers callers;

    public AuditLogController(AuditLogService audit, Callers callers) {
        this.audit = audit;
        this.callers = callers;
    }

    @Get("/organization/audit-log")
    @Operation(operationId = "listAuditLog",
            summary = "Every change made in the organization, newest first (OWNER and ADMIN, or an admin-scoped key)",
            description = "Who (a user or an API key), what (action, resource type and id), when, from where (client "
                    + "address, user agent) and the request id. Sign-ups, sign-ins and sign-outs are listed too; "
                    + "failed sign-ins are not (they are throttled, not audited).")
    public ListResponse<AuditEntryView> list(HttpRequest<?> request,
                                             @Parameter(description = ACTOR) @Nullable @QueryValue String actor,
                                             @Parameter(description = RESOURCE_TYPE) @Nullable
                                             @QueryValue("resource_type") String resourceType,
                                             @Parameter(description = RESOURCE_ID) @Nullable
                                             @QueryValue("resource_id") String resourceId,
                                             @Parameter(description = ACTION) @Nullable @QueryValue String action,
                                             @Parameter(description = SINCE) @Nullable @QueryValue String since,
                                             @Parameter(description = UNTIL) @Nullable @QueryValue String until,
                                             @Nullable @QueryValue Integer limit,
                                             @Nullable @QueryValue String cursor) {
        ListAuditQuery query = ListAuditQuery.of(null, actor, resourceType, resourceId, action, since, until, limit,
                cursor);
        return ListResponse.of(audit.list(callers.of(request), query), AuditEntryView::of);
    }

    @Get("/admin/audit-log")
    @Operation(operationId = "listPlatformAuditLog",
            summary = "Every change in every organization, newest first (platform operators)")
    public ListResponse<AuditEntryView> listAll(HttpRequest<?> request,
                                                @Parameter(description = "only this organization's changes")
                                                @Nullable @QueryValue("organization_id") String organizationId,
                                                @Parameter(description = ACTOR) @Nullable @QueryValue String actor,
                                                @Parameter(description = RESOURCE_TYPE) @Nullable
                                                @QueryValue("resource_type") String resourceType,
                                                @Parameter(description = RESOURCE_ID) @Nullable
                                                @QueryValue("resource_id") String resourceId,
                                                @Parameter(description = ACTION) @Nullable @QueryValue String action,
                                                @Parameter(description = SINCE) @Nullable @QueryValue String since,
                                                @Parameter(description = UNTIL) @Nullable @QueryValue String until,
                                                @Nullable @QueryValue Integer limit,
                                                @Nullable @QueryValue String cursor) {
        ListAuditQuery query = ListAuditQuery.of(organizationId, actor, resourceType, resourceId, action, since,
                until, limit, cursor);
        return ListResponse.of(audit.listAll(callers.regardlessOfStanding(request), query), AuditEntryView::of);
    }
}
