package io.soundport.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.exceptions.ApplicationStartupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.BindException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts the Soundport server. With no configuration at all it runs on the embedded default. */
public final class Application {
    /** Set to {@code true} by {@code bin/soundport} for the run that trains its class-data archive. */
    static final String EXIT_AFTER_START = "SOUNDPORT_EXIT_AFTER_START";
    private static final Pattern PORT = Pattern.compile("(?i)(?:port:?\\s*|:)(\\d{1,5})\\b");

    private Application() {
    }

    public static void main(String[] args) {
        String badLogFormat = LogFormat.problem(LogFormat.configured());
        if (badLogFormat != null) {
            // logback found no appender of that name: stderr is the only way to say it
            System.err.println("Soundport did not start: " + badLogFormat);
            System.exit(1);
        }
        Logger log = LoggerFactory.getLogger(Application.class);
        try {
            // before anything touches the data directory (keys, drops, the embedded PostgreSQL)
            DataDirectoryLock.acquire();
            if (EmbeddedDatabaseHeadStart.embeddedByDefault()) {
                EmbeddedDatabaseHeadStart.begin(DataDirectory.resolve(null).resolve("postgres"));
            }
            JwtSecret.ensureConfigured();
            ApplicationContext context = new Starter().args(args)
                    .mainClass(Application.class)
                    .banner(false)
                    .start();
            EmbeddedDatabaseHeadStart.abandon();
            if (Boolean.parseBoolean(System.getenv(EXIT_AFTER_START))) {
                // bin/soundport's training run: the classes a start loads are now loaded, and the JVM writes them
                // to its class-data archive as it exits
                log.info("Soundport started; {} is set, so it stops again", EXIT_AFTER_START);
                context.close();
                System.exit(0);
            }
        } catch (DataDirectoryLock.InUse e) {
            log.error("Soundport did not start: {}", e.getMessage());
            System.exit(1);
        } catch (RuntimeException | Error e) {
            // a server that cannot start must not linger half-started, nor leave a PostgreSQL it began behind
            EmbeddedDatabaseHeadStart.abandon();
            if (causedBy(e, BindException.class)) {
                log.error("Soundport did not start: port {} is in use", port(e));
            } else {
                log.error("Soundport did not start: {}", e.getMessage(), e);
            }
            System.exit(1);
        }
    }

    /** Hands a failed start to {@link #main} instead of logging its stack trace and exiting on its own. */
    private static final class Starter extends Micronaut {
        @Override
        protected void handleStartupException(Environment environment, Throwable exception) {
            throw new ApplicationStartupException(exception.getMessage(), exception);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The port as the failure names it, else as configured ({@code PORT}, 8080 by default). */
    private static String port(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = PORT.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        String configured = System.getProperty("micronaut.server.port", System.getenv("PORT"));
        return configured == null || configured.isBlank() ? "8080" : configured.strip();
    }
}
