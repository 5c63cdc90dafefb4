package io.soundport.application.platform;

import io.soundport.domain.platform.ServiceName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamHealthTest {
    private static final ServiceName SERVICE = ServiceName.of("users");
    private static final String A = "https://a.example.com";
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private final UpstreamHealth health = new UpstreamHealth(3, 2);

    @Test
    void an_instance_starts_healthy_and_unchecked() {
        assertThat(health.isHealthy(SERVICE, A)).isTrue();
        assertThat(health.of(SERVICE, A).checkedAt()).isNull();
    }

    @Test
    void an_instance_is_taken_out_after_three_failures_in_a_row_and_back_after_two_successes_in_a_row() {
        health.failed(SERVICE, A, T);
        health.failed(SERVICE, A, T);
        assertThat(health.isHealthy(SERVICE, A)).isTrue();
        health.passed(SERVICE, A, T);
        health.failed(SERVICE, A, T);
        health.failed(SERVICE, A, T);
        assertThat(health.isHealthy(SERVICE, A)).as("a success in between starts the count again").isTrue();

        UpstreamHealth.Instance out = health.failed(SERVICE, A, T);
        assertThat(out.healthy()).isFalse();
        assertThat(out.failures()).isEqualTo(3);
        assertThat(out.checkedAt()).isEqualTo(T);

        health.passed(SERVICE, A, T);
        assertThat(health.isHealthy(SERVICE, A)).isFalse();
        health.failed(SERVICE, A, T);
        health.passed(SERVICE, A, T);
        assertThat(health.isHealthy(SERVICE, A)).as("a failure in between starts the count again").isFalse();
        assertThat(health.passed(SERVICE, A, T).healthy()).isTrue();
    }

    @Test
    void the_same_url_in_two_services_is_two_instances_and_forgotten_ones_start_over() {
        ServiceName other = ServiceName.of("orders");
        for (int i = 0; i < 3; i++) {
            health.failed(SERVICE, A, T);
        }
        assertThat(health.isHealthy(other, A)).isTrue();

        health.retainOnly(Map.of(other, Set.of(A)));

        assertThat(health.isHealthy(SERVICE, A)).isTrue();
        assertThat(health.of(SERVICE, A).checkedAt()).isNull();
    }
}
