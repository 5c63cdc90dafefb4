package io.soundport.sdk.param;

/** A member's role in an organization: {@code OWNER} &gt; {@code ADMIN} &gt; {@code MEMBER} &gt; {@code VIEWER}. */
public enum Role {
    /** Everything, including adding and removing owners. */
    OWNER,
    /** Members, applications and keys, and everything a member can do. */
    ADMIN,
    /** Reads and writes the catalog. */
    MEMBER,
    /** Reads only. */
    VIEWER
}
