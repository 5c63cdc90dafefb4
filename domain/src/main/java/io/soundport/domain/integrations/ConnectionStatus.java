package io.soundport.domain.integrations;

/** Whether a connection's grant still works. */
public enum ConnectionStatus {
    ACTIVE,
    /** The provider refused the grant (revoked, expired beyond refresh): the user must connect again. */
    NEEDS_RECONNECT
}
