package io.soundport.adapters.rest.platform;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.platform.InstanceStatus;
import io.soundport.application.platform.ServiceStatus;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.platform.UpstreamService;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the platform endpoints answer. */
final class PlatformViews {
    private PlatformViews() {
    }

    @Schema(name = "UpstreamService", description = "A service behind the gateway, with the state of each instance as "
            + "the answering server sees it (health checks and breakers are kept per server)")
    record ServiceView(String name, List<String> instances, String healthPath, long healthIntervalS,
                       Instant createdAt, List<InstanceView> instanceStatus) {
        static ServiceView of(ServiceStatus status) {
            UpstreamService s = status.service();
            return new ServiceView(s.name().value(), s.instances(), s.healthPath(), s.healthInterval().toSeconds(),
                    s.createdAt(), status.instances().stream().map(InstanceView::of).toList());
        }
    }

    @Schema(name = "UpstreamInstance")
    record InstanceView(String url,
                        @Schema(description = "in the rotation: the health checks have not taken it out")
                        boolean healthy,
                        int consecutiveFailures, int consecutiveSuccesses,
                        @Nullable @Schema(description = "null before the first check") Instant lastCheckedAt,
                        @Schema(implementation = BreakerState.class) String breaker) {
        static InstanceView of(InstanceStatus i) {
            return new InstanceView(i.url(), i.healthy(), i.consecutiveFailures(), i.consecutiveSuccesses(),
                    i.lastCheckedAt(), i.breaker().name());
        }
    }
}
