package io.soundport.application.platform;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Suspension;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/**
 * What a platform operator changes about an organization: its tier, and its standing ({@code suspended} true with a
 * reason the organization will read, or false to reinstate it). Null keeps a field. {@code expectedVersion} is null
 * when the operator does not name the version read. Build it with {@link #of}, which checks every field.
 */
public record AdministerOrganizationCommand(OrganizationId id, Tier tier, Boolean suspended, String suspensionReason,
                                            Long expectedVersion) {
    public AdministerOrganizationCommand {
        Objects.requireNonNull(id, "id");
        if (Boolean.TRUE.equals(suspended)) {
            suspensionReason = Validation.requireText(suspensionReason, "suspensionReason",
                    Suspension.MAX_REASON_LENGTH);
        } else if (suspensionReason != null) {
            throw DomainException.invalid("suspensionReason", "goes only with suspended: true");
        }
    }

    public static AdministerOrganizationCommand of(OrganizationId id, String tier, Boolean suspended,
                                                   String suspensionReason, Long expectedVersion) {
        Validation v = new Validation();
        Tier t = tier == null ? null : v.field("tier", () -> Tier.parse(tier, "tier"));
        String reason = null;
        if (Boolean.TRUE.equals(suspended)) {
            reason = v.field("suspensionReason", () -> Validation.requireText(suspensionReason, "suspensionReason",
                    Suspension.MAX_REASON_LENGTH));
        } else {
            v.require(suspensionReason == null, "suspensionReason", "goes only with suspended: true");
        }
        v.throwIfInvalid();
        return new AdministerOrganizationCommand(id, t, suspended, reason, expectedVersion);
    }
}
