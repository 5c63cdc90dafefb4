package io.soundport.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.adapters.rest.http.Etags;
import io.soundport.adapters.rest.http.IdempotentRequests;
import io.soundport.adapters.rest.http.ListResponse;
import io.soundport.adapters.rest.http.PathIds;
import io.soundport.adapters.rest.identity.IdentityRequests.ChangeRoleRequest;
import io.soundport.adapters.rest.identity.IdentityRequests.InviteMemberRequest;
import io.soundport.adapters.rest.identity.IdentityRequests.UpdateOrganizationRequest;
import io.soundport.adapters.rest.identity.IdentityViews.MemberView;
import io.soundport.adapters.rest.identity.IdentityViews.OrganizationView;
import io.soundport.adapters.rest.security.Callers;
import io.soundport.application.identity.Member;
import io.soundport.application.identity.OrganizationService;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's organization and its members. */
@Controller(SoundportApi.BASE + "/organization")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "organization")
@ApiDocs.Authenticated
public final class OrganizationController {
    private final OrganizationService organizations;
    private final Callers callers;
    private final IdempotentRequests idempotent;

    public OrganizationController(OrganizationService organizations, Callers callers, IdempotentRequests idempotent) {
        this.organizations = organizations;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @Get
    @ApiDocs.ConditionalRead
    @Operation(operationId = "getOrganization", summary = "The caller's organization")
    public HttpResponse<OrganizationView> get(HttpRequest<?> request) {
        Organization org = organizations.get(callers.of(request));
        return Etags.read(request, OrganizationView.of(org), org.version());
    }

    @Patch
    @ApiDocs.IfMatchChange
    @Operation(operationId = "updateOrganization",
            summary = "OWNER: set the organization's DDEX Party ID and party name, the sender of its ERN messages")
    public HttpResponse<OrganizationView> update(HttpRequest<?> request, @Body UpdateOrganizationRequest body) {
        Organization org = organizations.update(callers.of(request), body.command(Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(OrganizationView.of(org)), org.version());
    }

    @Get("/members")
    @Operation(operationId = "listMembers", summary = "Members of the organization, newest first")
    public ListResponse<MemberView> members(HttpRequest<?> request, @Nullable @QueryValue Integer limit,
                                            @Nullable @QueryValue String cursor) {
        return ListResponse.of(organizations.members(callers.of(request), PageRequest.of(limit, cursor)), MemberView::of);
    }

    @Post("/members")
    @Status(HttpStatus.CREATED)
    @ApiDocs.IdempotentCreate
    @Operation(operationId = "inviteMember", summary = "Add a person by e-mail with a role (ADMIN; OWNER to add an OWNER)")
    public HttpResponse<MemberView> invite(HttpRequest<?> request, @Body InviteMemberRequest body) {
        Caller caller = callers.of(request);
        return idempotent.run(request, caller, body, () -> {
            Member member = organizations.invite(caller, body.command());
            return Etags.written(HttpResponse.created(MemberView.of(member)), member.membership().version());
        });
    }

    @Get("/members/{user_id}")
    @ApiDocs.ConditionalRead
    @ApiDocs.NotFound
    @Operation(operationId = "getMember", summary = "One member")
    public HttpResponse<MemberView> member(HttpRequest<?> request, @PathVariable("user_id") String userId) {
        Member member = organizations.member(callers.of(request), memberId(userId));
        return Etags.read(request, MemberView.of(member), member.membership().version());
    }

    @Patch("/members/{user_id}")
    @ApiDocs.IfMatchChange
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "updateMember", summary = "Change a member's role (the last OWNER stays)")
    public HttpResponse<MemberView> changeRole(HttpRequest<?> request, @PathVariable("user_id") String userId,
                                               @Body ChangeRoleRequest body) {
        Caller caller = callers.of(request);
        Member member = organizations.changeRole(caller, body.command(memberId(userId), Etags.ifMatch(request)));
        return Etags.written(HttpResponse.ok(MemberView.of(member)), member.membership().version());
    }

    @Delete("/members/{user_id}")
    @Status(HttpStatus.NO_CONTENT)
    @ApiDocs.IfMatchDelete
    @ApiDocs.NotFound
    @ApiDocs.Conflict
    @Operation(operationId = "removeMember", summary = "Remove a member, never the last OWNER (If-Match honoured)")
    public void remove(HttpRequest<?> request, @PathVariable("user_id") String userId) {
        organizations.remove(callers.of(request), new DeleteCommand<>(memberId(userId), Etags.ifMatch(request)));
    }

    private static UserId memberId(String raw) {
        return PathIds.parse(raw, UserId::of, "Member");
    }
}
