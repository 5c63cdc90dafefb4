package io.soundport.contracts;

import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every adapter of {@link UpstreamServices} must do. The registry is platform-wide and the store is shared by
 * the tests of a class, so each test uses names of its own.
 */
public abstract class UpstreamServicesContract {

    protected abstract PersistencePorts ports();

    private UpstreamServices services() {
        return ports().upstreamServices();
    }

    private static ServiceName uniqueName(String prefix) {
        return ServiceName.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static UpstreamService service(ServiceName name, List<String> instances) {
        return new UpstreamService(name, instances, "/healthz", Duration.ofSeconds(7), Fixtures.instant());
    }

    @Test
    void finds_an_added_service_with_every_field_and_its_instances_in_order() {
        ServiceName name = uniqueName("users");
        UpstreamService service = service(name,
                List.of("https://b.example.com/v2", "https://a.example.com", "https://c.example.com:8443/"));

        services().add(service);

        assertThat(services().find(name)).contains(service);
    }

    @Test
    void a_second_service_of_the_same_name_is_a_conflict_and_keeps_the_first() {
        ServiceName name = uniqueName("orders");
        UpstreamService first = service(name, List.of("https://one.example.com"));
        services().add(first);

        Expect.domainError(ErrorCode.CONFLICT, () -> services().add(service(name, List.of("https://two.example.com"))));

        assertThat(services().find(name)).contains(first);
    }

    @Test
    void lists_every_service_by_name() {
        ServiceName b = ServiceName.of("lst-b-" + UUID.randomUUID().toString().substring(0, 8));
        ServiceName a = ServiceName.of("lst-a-" + UUID.randomUUID().toString().substring(0, 8));
        ServiceName dash = ServiceName.of("lst-a-" + "0" + UUID.randomUUID().toString().substring(0, 7));
        services().add(service(b, List.of("https://b.example.com")));
        services().add(service(a, List.of("https://a.example.com")));
        services().add(service(dash, List.of("https://d.example.com")));

        List<ServiceName> names = services().all().stream().map(UpstreamService::name).toList();

        assertThat(names).contains(a, b, dash);
        List<String> values = names.stream().map(ServiceName::value).toList();
        assertThat(values).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void removes_a_service_once() {
        ServiceName name = uniqueName("gone");
        services().add(service(name, List.of("https://gone.example.com")));

        assertThat(services().remove(name)).isTrue();
        assertThat(services().remove(name)).isFalse();
        assertThat(services().find(name)).isEmpty();
        assertThat(services().all()).noneMatch(s -> s.name().equals(name));
    }

    @Test
    void a_removed_name_can_be_registered_again() {
        ServiceName name = uniqueName("again");
        services().add(service(name, List.of("https://old.example.com")));
        services().remove(name);
        UpstreamService again = service(name, List.of("https://new.example.com"));

        services().add(again);

        assertThat(services().find(name)).contains(again);
    }

    @Test
    void an_add_rolled_back_with_its_unit_of_work_leaves_nothing() {
        ServiceName name = uniqueName("rolled");
        try {
            ports().transactions().run(() -> {
                services().add(service(name, List.of("https://rolled.example.com")));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the unit of work failed after the add
        }

        assertThat(services().find(name)).isEmpty();
    }
}
