package io.soundport.domain.marketing;

/** Which audiences a list shows: of one type, lookalikes of one origin; a null part leaves it open. */
public record AudienceFilter(AudienceType type, AudienceId origin) {
    public static final AudienceFilter ALL = new AudienceFilter(null, null);

    /** The lookalikes made from {@code origin}. */
    public static AudienceFilter lookalikesOf(AudienceId origin) {
        return new AudienceFilter(AudienceType.LOOKALIKE, origin);
    }

    public boolean matches(Audience audience) {
        return (type == null || audience.type() == type)
                && (origin == null || audience.lookalike() != null && audience.lookalike().origin().equals(origin));
    }
}
