package io.soundport.application.platform;

import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Registration of an upstream service. {@link #of} checks every field, each instance URL also with the SSRF guard
 * ({@link ServiceRegistry#urlCheck()}), and reports all that is wrong at once.
 */
public record RegisterServiceCommand(ServiceName name, List<String> instances, String healthPath,
                                     Duration healthInterval) {
    public static final String DEFAULT_HEALTH_PATH = "/health";
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    public RegisterServiceCommand {
        Objects.requireNonNull(name, "name");
        instances = List.copyOf(instances);
        Objects.requireNonNull(healthPath, "healthPath");
        Objects.requireNonNull(healthInterval, "healthInterval");
    }

    /**
     * @param healthPath            {@value #DEFAULT_HEALTH_PATH} when null
     * @param healthIntervalSeconds 10 when null; 1 to 3600
     * @param urlCheck              the SSRF guard: accepts a URL or throws a VALIDATION_ERROR naming the field
     */
    public static RegisterServiceCommand of(String name, List<String> instances, String healthPath,
                                            Integer healthIntervalSeconds, BiConsumer<String, String> urlCheck) {
        Validation v = new Validation();
        ServiceName checkedName = v.field("name", () -> ServiceName.of(name));
        List<String> urls = new ArrayList<>();
        if (instances == null || instances.isEmpty() || instances.size() > UpstreamService.MAX_INSTANCES) {
            v.require(false, "instances", "must hold 1 to " + UpstreamService.MAX_INSTANCES + " URLs");
        } else {
            for (int i = 0; i < instances.size(); i++) {
                String field = "instances[" + i + "]";
                String url = instances.get(i);
                String checked = v.field(field, () -> {
                    urlCheck.accept(url, field);
                    return url.strip();
                });
                if (checked != null) {
                    urls.add(checked);
                }
            }
            v.require(new HashSet<>(urls).size() == urls.size(), "instances", "must not repeat a URL");
        }
        String path = v.field("healthPath",
                () -> UpstreamService.checkHealthPath(healthPath == null ? DEFAULT_HEALTH_PATH : healthPath));
        Duration interval = v.field("healthIntervalS", () -> interval(healthIntervalSeconds));
        v.throwIfInvalid();
        return new RegisterServiceCommand(checkedName, urls, path, interval);
    }

    private static Duration interval(Integer seconds) {
        if (seconds == null) {
            return DEFAULT_INTERVAL;
        }
        Duration interval = Duration.ofSeconds(seconds);
        if (interval.compareTo(UpstreamService.MIN_INTERVAL) < 0
                || interval.compareTo(UpstreamService.MAX_INTERVAL) > 0) {
            throw DomainException.invalid("healthIntervalS", "must be 1 to 3600 seconds");
        }
        return interval;
    }
}
