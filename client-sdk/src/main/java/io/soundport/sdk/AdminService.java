package io.soundport.sdk;

/**
 * The platform operators' endpoints ({@code /api/v1/admin/...}). Reached through {@link SoundportClient#admin()}.
 */
public final class AdminService {
    private final AdminServicesService services;

    AdminService(Transport transport) {
        this.services = new AdminServicesService(transport);
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
