package io.soundport.adapters.rest.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.platform.AdminOrganizationRequests.AdministerOrganizationRequest;
import io.soundport.adapters.rest.platform.AdminOrganizationViews.AdminOrganizationView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.platform.AdministeredOrganization;
import io.soundport.application.platform.OrganizationAdministration;
import io.soundport.application.platform.SearchOrganizationsQuery;
import io.soundport.domain.identity.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Every organization, for platform operators (SOUNDPORT_PLATFORM_ADMINS): anyone else gets 403. An operator is served
 * whatever the standing of their own organization.
 */
@Controller(SoundportApi.BASE + "/admin/organizations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "admin")
@ApiDocs.Authenticated
public final class AdminOrganizationController {
    private final OrganizationAdministration administration;
    private final Callers callers;

    public AdminOrganizationController(OrganizationAdministration administration, Callers callers) {
        this.administration = administration;
        this.callers = callers;
    }

    @Get
    @Operation(operationId = "listAdminOrganizations",
            summary = "Platform operators: every organization, newest first, with its requests of the last hour",
            description = "Filters: `q` a part of the name (any case) or an exact id, `tier`, `status` (ACTIVE or "
                    + "SUSPENDED). Only a signed-in user whose verified e-mail is in SOUNDPORT_PLATFORM_ADMINS.")
    public ListResponse<AdminOrganizationView> list(HttpRequest<?> request, @Nullable @QueryValue String q,
                                                    @Nullable @QueryValue String tier,
                                                    @Nullable @QueryValue String status,
                                                    @Nullable @QueryValue Integer limit,
                                                    @Nullable @QueryValue String cursor) {
        return ListResponse.of(administration.search(callers.regardlessOfStanding(request),
                SearchOrganizationsQuery.of(q, tier, status, limit, cursor)), AdminOrganizationView::of);
    }

    @Patch("/{id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @Operation(operationId = "updateAdminOrganization",
            summary = "Platform operators: change an organization's tier, suspend it or reinstate it",
            description = "A suspended organization's calls, by token or API key, answer 403 ORGANIZATION_SUSPENDED "
                    + "with the reason: at once on this instance, within 5 seconds on the others. Its people may "
                    + "still sign in and read GET /auth/profile, which shows the suspension. Tier and standing "
                    + "changes raise organization.tier_changed, organization.suspended and organization.reinstated.")
    public HttpResponse<AdminOrganizationView> update(HttpRequest<?> request, @PathVariable String id,
                                                      @Body AdministerOrganizationRequest body) {
        AdministeredOrganization changed = administration.update(callers.regardlessOfStanding(request),
                body.command(PathIds.parse(id, OrganizationId::of, "Organization"), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(AdminOrganizationView.of(changed)), changed.organization().version());
    }
}
