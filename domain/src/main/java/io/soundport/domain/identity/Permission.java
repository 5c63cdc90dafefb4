package io.soundport.domain.identity;

/** What a caller may do inside its organization. */
public enum Permission {
    /** Read anything of the organization. */
    READ,
    /** Write catalog, marketing and events. */
    WRITE,
    /** Manage applications, API keys, partners, webhooks, workflow rules and members. */
    MANAGE,
    /** Change the organization itself and its owners. */
    OWN
}
