package io.soundport.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.soundport.domain.persistence.PersistencePorts;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the persistence at start (not at the first request) and says, first thing, which adapters are active
 * and where the data lives; then where the server listens.
 */
@Context
public class StartupReport {
    private static final Logger LOG = LoggerFactory.getLogger("io.soundport");

    public StartupReport(PersistencePorts persistence,
                         @Property(name = "soundport.persistence", defaultValue = "embedded") String mode,
                         @Nullable @Property(name = "soundport.data-dir") String dataDir,
                         @Property(name = "soundport.cloud", defaultValue = "local") String cloud) {
        LOG.info("Soundport: persistence={} ({}), cloud={} (local stand-ins), data directory {}", mode,
                persistence.getClass().getSimpleName(), cloud, DataDirectory.resolve(dataDir));
    }

    /** Logs the address once the server listens. */
    @Singleton
    static final class Listening implements ApplicationEventListener<ServerStartupEvent> {
        @Override
        public void onApplicationEvent(ServerStartupEvent event) {
            LOG.info("Soundport is listening on {} (OpenAPI at /openapi.yml, Swagger UI at /swagger-ui)",
                    event.getSource().getURL());
        }
    }
}
