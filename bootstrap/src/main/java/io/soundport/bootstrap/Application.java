package io.soundport.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts the Soundport server. With no configuration at all it runs on the embedded default. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        JwtSecret.ensureConfigured();
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
