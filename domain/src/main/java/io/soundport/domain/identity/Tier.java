package io.soundport.domain.identity;

/** The plan of an organization; it sets how many requests an hour its callers may make. */
public enum Tier {
    FREE(100),
    STARTER(1_000),
    PROFESSIONAL(10_000),
    ENTERPRISE(100_000);

    private final int requestsPerHour;

    Tier(int requestsPerHour) {
        this.requestsPerHour = requestsPerHour;
    }

    public int requestsPerHour() {
        return requestsPerHour;
    }
}
