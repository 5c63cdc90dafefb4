package io.soundport.application.platform;

import io.soundport.domain.platform.UpstreamService;

import java.util.List;

/** A registered service and the state of each of its instances on this server. */
public record ServiceStatus(UpstreamService service, List<InstanceStatus> instances) {
    public ServiceStatus {
        instances = List.copyOf(instances);
    }
}
