package io.soundport.domain.platform;

/**
 * Where a forwarded request came from, as Soundport determined it: the client's address (after trusted proxies),
 * the protocol and the host it called. The transport passes them upstream as the usual forwarding headers.
 */
public record Origin(String clientAddress, String protocol, String host) {
}
