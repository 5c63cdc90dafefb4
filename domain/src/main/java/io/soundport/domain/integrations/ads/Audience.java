package io.soundport.domain.integrations.ads;

import java.util.Objects;

/** An audience Meta created: its id and name. */
public record Audience(AudienceId id, String name) {
    public Audience {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }
}
