package io.soundport.adapters.rest.platform;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.platform.AuditEntry;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The platform's answers: the audit log. */
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
}
