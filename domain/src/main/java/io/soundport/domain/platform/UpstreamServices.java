package io.soundport.domain.platform;

import java.util.List;
import java.util.Optional;

/** The registry of upstream services the gateway routes to, shared by every instance of the server. */
public interface UpstreamServices {
    /** Stores a new service; CONFLICT when one of that name exists. */
    void add(UpstreamService service);

    Optional<UpstreamService> find(ServiceName name);

    /** Every registered service, by name. */
    List<UpstreamService> all();

    /** Removes the service; false when there was none. */
    boolean remove(ServiceName name);
}
