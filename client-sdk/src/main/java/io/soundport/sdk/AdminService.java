package io.soundport.sdk;

/**
 * What platform operators do: only a signed-in user (a token, never an API key) whose verified e-mail the server
 * lists in {@code SOUNDPORT_PLATFORM_ADMINS}; anyone else gets {@link io.soundport.sdk.exception.PermissionException}.
 * Reached through {@link SoundportClient#admin()}.
 */
public final class AdminService {
    private final AdminOrganizationService organizations;
    private final AdminServicesService services;

    AdminService(Transport transport) {
        this.organizations = new AdminOrganizationService(transport);
        this.services = new AdminServicesService(transport);
    }

    /**
     * Every organization: search, tier, standing.
     *
     * @return the service
     */
    public AdminOrganizationService organizations() {
        return organizations;
    }

    /**
     * The gateway's registry of upstream services.
     *
     * @return the service
     */
    public AdminServicesService services() {
        return services;
    }
}
