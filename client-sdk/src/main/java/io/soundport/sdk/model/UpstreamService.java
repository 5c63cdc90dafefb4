package io.soundport.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * A service behind the gateway ({@code /api/v1/gateway/<name>/...}).
 *
 * @param name            its name, the path segment under the gateway
 * @param instances       the URLs of its instances, as registered
 * @param healthPath      the path the health checks GET on each instance
 * @param healthIntervalS seconds between two checks of an instance
 * @param createdAt       when it was registered
 * @param instanceStatus  the health and breaker state of each instance on the answering server
 */
public record UpstreamService(String name, List<String> instances, String healthPath, long healthIntervalS,
                              Instant createdAt, List<UpstreamInstance> instanceStatus) {
}
