package io.soundport.domain.integrations.ads;

/** A Meta custom or lookalike audience's id: digits ({@code 23849182047670582}). */
public record AudienceId(String value) {
    public AudienceId {
        value = GraphIds.digits(value, "audienceId", "audience");
    }

    public static AudienceId of(String value) {
        return new AudienceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
