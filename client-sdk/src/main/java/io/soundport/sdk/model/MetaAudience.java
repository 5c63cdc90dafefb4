package io.soundport.sdk.model;

/**
 * A Meta custom or lookalike audience.
 *
 * @param id   Meta's id (digits)
 * @param name its name
 */
public record MetaAudience(String id, String name) {
}
