package io.soundport.sdk.model;

import java.time.Instant;

/**
 * A partner application: the holder of API keys.
 *
 * @param id        the application's id
 * @param name      its name
 * @param email     a contact e-mail, or null
 * @param domain    its domain, or null
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version   its version, for {@code If-Match}
 */
public record Application(String id, String name, String email, String domain, Instant createdAt, Instant updatedAt,
                          long version) {
}
