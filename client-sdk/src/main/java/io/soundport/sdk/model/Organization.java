package io.soundport.sdk.model;

import java.time.Instant;

/**
 * A tenant: every resource belongs to one organization.
 *
 * @param id              the organization's id
 * @param name            its name
 * @param tier            its plan, such as {@code FREE}
 * @param requestsPerHour the rate limit of its plan
 * @param createdAt       when it was created
 */
public record Organization(String id, String name, String tier, int requestsPerHour, Instant createdAt) {
}
