package io.soundport.domain.persistence;

import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortRegistryTest {

    @SuppressWarnings("unchecked")
    private static <T> T adapterOf(Class<T> port) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        });
    }

    @Test
    void gives_back_the_adapter_registered_for_each_port() {
        Releases releases = adapterOf(Releases.class);
        Tracks tracks = adapterOf(Tracks.class);

        PortRegistry registry = PortRegistry.builder()
                .register(Releases.class, releases)
                .register(Tracks.class, tracks)
                .build();

        assertThat(registry.get(Releases.class)).isSameAs(releases);
        assertThat(registry.get(Tracks.class)).isSameAs(tracks);
        assertThat(registry.ports()).containsExactlyInAnyOrder(Releases.class, Tracks.class);
    }

    @Test
    void replacing_an_adapter_keeps_the_others_and_leaves_the_original_registry_as_it_was() {
        Releases releases = adapterOf(Releases.class);
        Tracks tracks = adapterOf(Tracks.class);
        Tracks inFront = adapterOf(Tracks.class);
        PortRegistry registry = PortRegistry.builder().register(Releases.class, releases)
                .register(Tracks.class, tracks).build();

        PortRegistry replaced = registry.replacing(Tracks.class, inFront);

        assertThat(replaced.get(Tracks.class)).isSameAs(inFront);
        assertThat(replaced.get(Releases.class)).isSameAs(releases);
        assertThat(registry.get(Tracks.class)).isSameAs(tracks);
        assertThatThrownBy(() -> PortRegistry.builder().register(Releases.class, releases).build()
                .replacing(Tracks.class, inFront)).as("nothing to replace").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void names_the_port_that_has_no_adapter() {
        PortRegistry registry = PortRegistry.builder().register(Releases.class, adapterOf(Releases.class)).build();

        assertThatThrownBy(() -> registry.get(Tracks.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Tracks.class.getName());
    }

    @Test
    void refuses_a_second_adapter_for_the_same_port() {
        PortRegistry.Builder builder = PortRegistry.builder().register(Releases.class, adapterOf(Releases.class));

        assertThatThrownBy(() -> builder.register(Releases.class, adapterOf(Releases.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Releases.class.getName());
    }

    @Test
    void registers_only_under_an_interface() {
        assertThatThrownBy(() -> PortRegistry.builder().register(String.class, "not a port"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void is_not_changed_by_registrations_after_it_is_built() {
        PortRegistry.Builder builder = PortRegistry.builder();
        PortRegistry registry = builder.build();

        builder.register(Releases.class, adapterOf(Releases.class));

        assertThat(registry.ports()).isEmpty();
    }
}
