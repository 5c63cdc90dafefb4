package io.soundport.domain.platform;

import io.soundport.domain.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A service the gateway routes to: its instances (absolute URLs, each checked by the SSRF guard when registered),
 * the path the health checks GET on each instance and how often. Platform-wide: it belongs to no organization.
 */
public record UpstreamService(ServiceName name, List<String> instances, String healthPath, Duration healthInterval,
                              Instant createdAt) {
    public static final int MAX_INSTANCES = 20;
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    public static final Duration MAX_INTERVAL = Duration.ofHours(1);

    public UpstreamService {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        instances = List.copyOf(instances);
        if (instances.isEmpty() || instances.size() > MAX_INSTANCES) {
            throw DomainException.invalid("instances", "must hold 1 to " + MAX_INSTANCES + " URLs");
        }
        if (new HashSet<>(instances).size() != instances.size()) {
            throw DomainException.invalid("instances", "must not repeat a URL");
        }
        healthPath = checkHealthPath(healthPath);
        if (healthInterval == null || healthInterval.compareTo(MIN_INTERVAL) < 0
                || healthInterval.compareTo(MAX_INTERVAL) > 0) {
            throw DomainException.invalid("healthInterval", "must be 1 to 3600 seconds");
        }
    }

    /** A path of the instance's own: starts with a slash, no query, fragment, space or control character. */
    public static String checkHealthPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.length() > 200
                || path.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || c == '?' || c == '#' || c > 0x7e)) {
            throw DomainException.invalid("healthPath",
                    "must be a path starting with / (at most 200 printable ASCII characters, no query)");
        }
        return path;
    }
}
