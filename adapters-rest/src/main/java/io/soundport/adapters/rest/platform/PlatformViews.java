package io.soundport.adapters.rest.platform;

import io.micronaut.core.annotation.Nullable;
import io.soundport.application.platform.InstanceStatus;
import io.soundport.application.platform.ServiceStatus;
import io.soundport.domain.platform.AuditEntry;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.platform.UpstreamService;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the platform endpoints answer: the audit log, the gateway's upstream services. */
final class PlatformViews {
    private PlatformViews() {
    }

    @Schema(name = "AuditEntry", description = "One change: who made it, what it was, to what, when and from where")
    record AuditEntryView(String id, String organizationId,
                          @Schema(implementation = AuditEntry.Kind.class) String actorType,
                          @Schema(description = "the user (usr_...) or API key (key_...) that made the change")
                          String actorId,
                          @Schema(description = "resource_type.what_happened, such as release.updated",
                                  example = "release.updated") String action,
                          @Schema(example = "release") String resourceType, String resourceId,
                          @Nullable @Schema(description = "the client's address, as seen behind trusted proxies")
                          String ipAddress,
                          @Nullable @Schema(description = "the client's User-Agent, cut to 256 characters")
                          String userAgent,
                          @Nullable @Schema(description = "the X-Request-Id of the request that made the change")
                          String requestId,
                          Instant occurredAt) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id().value(), e.organizationId().value(), e.actor().kind().name(),
                    e.actor().id(), e.action(), e.resourceType(), e.resourceId(), e.origin().clientAddress(),
                    e.origin().userAgent(), e.origin().requestId(), e.occurredAt());
        }
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
