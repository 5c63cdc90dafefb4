package io.soundport.sdk;

import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.UpstreamService;
import io.soundport.sdk.param.ServiceRegisterParams;

import java.util.List;

import static io.soundport.sdk.Transport.Call;

/**
 * The gateway's registry of upstream services, for platform operators (signed-in users whose verified e-mail the
 * server lists in {@code SOUNDPORT_PLATFORM_ADMINS}); anyone else gets a {@link PermissionException}. Reached
 * through {@code client.admin().services()}. Calling a registered service goes through
 * {@code /api/v1/gateway/<name>/...} with any HTTP client and the caller's usual credentials.
 * <p>Every method may also throw the exceptions the {@linkplain io.soundport.sdk package documentation} lists.
 */
public final class AdminServicesService {
    private final Transport transport;

    AdminServicesService(Transport transport) {
        this.transport = transport;
    }

    /**
     * Every registered service, by name, with the health and breaker state of each instance on the answering server.
     *
     * @return the services
     * @throws PermissionException when the caller is not a platform operator
     */
    public List<UpstreamService> list() {
        return list(RequestOptions.none());
    }

    /**
     * Every registered service, by name, with the health and breaker state of each instance on the answering server.
     *
     * @param options a deadline
     * @return the services
     * @throws PermissionException when the caller is not a platform operator
     */
    public List<UpstreamService> list(RequestOptions options) {
        return transport.list(Call.get("admin", "services").options(options), UpstreamService.class).data();
    }

    /**
     * Registers a service; its instances' URLs pass the server's outbound URL check.
     *
     * @param params the name, instances, health path and interval
     * @return the service registered
     * @throws ValidationException when a field is invalid or an instance URL is refused by the outbound URL check
     * @throws ConflictException   when a service of that name exists (delete it first to change it)
     * @throws PermissionException when the caller is not a platform operator
     */
    public UpstreamService register(ServiceRegisterParams params) {
        return register(params, RequestOptions.none());
    }

    /**
     * Registers a service; its instances' URLs pass the server's outbound URL check.
     *
     * @param params  the name, instances, health path and interval
     * @param options an idempotency key, a deadline
     * @return the service registered
     * @throws ValidationException when a field is invalid or an instance URL is refused by the outbound URL check
     * @throws ConflictException   when a service of that name exists (delete it first to change it)
     * @throws PermissionException when the caller is not a platform operator
     */
    public UpstreamService register(ServiceRegisterParams params, RequestOptions options) {
        return transport.send(Call.post("admin", "services").body(params).options(options), UpstreamService.class);
    }

    /**
     * Removes a service: the gateway answers 404 for it from then on.
     *
     * @param name the service's name
     * @throws NotFoundException   when no service has this name
     * @throws PermissionException when the caller is not a platform operator
     */
    public void delete(String name) {
        delete(name, RequestOptions.none());
    }

    /**
     * Removes a service: the gateway answers 404 for it from then on.
     *
     * @param name    the service's name
     * @param options a deadline
     * @throws NotFoundException   when no service has this name
     * @throws PermissionException when the caller is not a platform operator
     */
    public void delete(String name, RequestOptions options) {
        transport.send(Call.delete("admin", "services", name).options(options), Void.class);
    }
}
