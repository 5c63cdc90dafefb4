package io.soundport.sdk;

import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.AdminOrganization;
import io.soundport.sdk.param.AdminOrganizationListParams;
import io.soundport.sdk.param.AdminOrganizationUpdateParams;

import java.util.Objects;

import static io.soundport.sdk.Transport.Call;

/**
 * Every organization of the platform, for platform operators: find them with their requests of the last hour, change
 * their tier, suspend and reinstate them. Reached through {@code client.admin().organizations()}. Every method may
 * also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class AdminOrganizationService {
    private final Transport transport;

    AdminOrganizationService(Transport transport) {
        this.transport = transport;
    }

    /**
     * A page of organizations, newest first.
     *
     * @param params a part of the name or an exact id, tier, standing, limit and cursor
     * @return the page
     * @throws PermissionException when the caller is not a platform operator
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<AdminOrganization> list(AdminOrganizationListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * A page of organizations, newest first.
     *
     * @param params  a part of the name or an exact id, tier, standing, limit and cursor
     * @param options a deadline
     * @return the page
     * @throws PermissionException when the caller is not a platform operator
     * @throws ValidationException when the limit, the cursor or a filter is invalid
     */
    public Page<AdminOrganization> list(AdminOrganizationListParams params, RequestOptions options) {
        return transport.list(Call.get("admin", "organizations").query(params).options(options),
                AdminOrganization.class);
    }

    /**
     * Changes an organization's tier or standing. A suspended organization's calls answer 403
     * {@code ORGANIZATION_SUSPENDED} ({@link io.soundport.sdk.exception.OrganizationSuspendedException}) with the
     * reason, within 5 seconds on every server instance.
     *
     * @param organizationId the organization's id
     * @param params         the tier, or the suspension and its reason, or the reinstatement
     * @return the organization as changed
     * @throws PermissionException when the caller is not a platform operator
     * @throws ValidationException when a field is invalid (an unknown tier; the message lists the tiers)
     * @throws NotFoundException when there is no such organization
     */
    public AdminOrganization update(String organizationId, AdminOrganizationUpdateParams params) {
        return update(organizationId, params, RequestOptions.none());
    }

    /**
     * Changes an organization's tier or standing.
     *
     * @param organizationId the organization's id
     * @param params         the tier, or the suspension and its reason, or the reinstatement
     * @param options        {@code If-Match} with the organization's version, a deadline
     * @return the organization as changed
     * @throws PermissionException when the caller is not a platform operator
     * @throws ValidationException when a field is invalid (an unknown tier; the message lists the tiers)
     * @throws NotFoundException when there is no such organization
     * @throws PreconditionFailedException when {@code ifMatch} names a version that is no longer current; nothing
     *                                     changed
     */
    public AdminOrganization update(String organizationId, AdminOrganizationUpdateParams params,
                                    RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return transport.send(Call.patch("admin", "organizations", organizationId).conditional().body(params)
                .options(options), AdminOrganization.class);
    }
}
