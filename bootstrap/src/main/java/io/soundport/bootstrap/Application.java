package io.soundport.bootstrap;

import io.micronaut.runtime.Micronaut;
import org.slf4j.LoggerFactory;

/** Starts the Soundport server. With no configuration at all it runs on the embedded default. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        try {
            JwtSecret.ensureConfigured();
            Micronaut.build(args)
                    .mainClass(Application.class)
                    .banner(false)
                    .start();
        } catch (RuntimeException | Error e) {
            // a server that cannot start must not linger half-started
            LoggerFactory.getLogger(Application.class).error("Soundport did not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
