package io.soundport.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.Environment;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import io.soundport.bootstrap.JwtSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * The server's application context as a Lambda runs it: the bootstrap module's beans, in the Micronaut environment
 * {@value #ENVIRONMENT} ({@code application-lambda.yml}: the data directory under {@code /tmp}), without the background
 * workers (a Lambda's threads are frozen between invocations: the worker handlers do that work instead), and refusing
 * at start what a Lambda cannot run: the embedded PostgreSQL, keys generated into a data directory that each
 * instance has on its own.
 */
public final class LambdaApplication {
    /** The Micronaut environment of every handler; also what micronaut-function-aws names a Lambda. */
    public static final String ENVIRONMENT = "lambda";
    private static final Logger LOG = LoggerFactory.getLogger(LambdaApplication.class);

    private LambdaApplication() {
    }

    /**
     * The builder of the handlers' context, with {@code properties} over the environment's configuration.
     * {@code soundport.workers.enabled} is false whatever is configured.
     */
    public static ApplicationContextBuilder builder(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("soundport.workers.enabled", false);
        // micronaut-function-aws's builder makes every singleton at start: in the init phase (with SnapStart, before
        // the snapshot) rather than in the first requests
        ApplicationContextBuilder builder = new LambdaApplicationContextBuilder();
        return builder.environments(ENVIRONMENT)
                // no probing for a cloud at start: this is a Lambda, and the probe costs cold-start time
                .deduceEnvironment(false)
                .banner(false)
                .properties(all);
    }

    /** Builds and starts the context with these properties over the configuration. */
    public static ApplicationContext start(Map<String, Object> properties) {
        return start(builder(properties).build());
    }

    /**
     * Starts {@code context} (built by {@link #builder}) once its configuration passed
     * {@link #refuseWhatLambdaCannotRun}: before any bean is made, so a refused start has opened and written nothing.
     */
    public static ApplicationContext start(ApplicationContext context) {
        if (context.isRunning()) {
            return context;
        }
        refuseWhatLambdaCannotRun(context.getEnvironment().start());
        return context.start();
    }

    /** Throws {@link IllegalStateException}, saying what to configure, for a configuration a Lambda cannot run. */
    static void refuseWhatLambdaCannotRun(Environment environment) {
        String persistence = environment.getProperty("soundport.persistence", String.class, "embedded").strip();
        if (persistence.equalsIgnoreCase("embedded")) {
            throw new IllegalStateException("Soundport cannot run its embedded PostgreSQL on AWS Lambda (the file "
                    + "system is read-only but /tmp, and an instance lives only minutes): set SOUNDPORT_PERSISTENCE "
                    + "to dynamodb (with AWS_REGION and SOUNDPORT_DYNAMODB_TABLE_PREFIX) or postgres (with "
                    + "DATABASE_URL)");
        }
        if (persistence.equalsIgnoreCase("memory")) {
            LOG.warn("Persistence memory on AWS Lambda: every instance has its own data, lost when it is recycled "
                    + "(for tests and demos)");
        }
        String jwtSecret = environment.getProperty("soundport.jwt.secret", String.class, "");
        if (jwtSecret.isBlank()) {
            throw new IllegalStateException(unset("SOUNDPORT_JWT_SECRET", "the key that signs access tokens"));
        }
        JwtSecret.check(jwtSecret);
        if (environment.getProperty("soundport.secrets.key", String.class, "").isBlank()) {
            throw new IllegalStateException(unset("SOUNDPORT_SECRETS_KEY",
                    "the AES-256 key (base64) that encrypts webhook and partner secrets"));
        }
    }

    private static String unset(String variable, String what) {
        return "Soundport on AWS Lambda needs " + variable + " (" + what + "): a key generated into the data "
                + "directory would differ between instances and vanish with each, so every instance must be given "
                + "the same one";
    }
}
