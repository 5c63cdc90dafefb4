package io.soundport.sdk.param;

import java.util.List;
import java.util.Objects;

/**
 * What {@code admin().services().register(..)} takes.
 * Build it with {@link #builder()}; {@code name} and {@code instances} are required (a {@link NullPointerException}
 * otherwise).
 *
 * @param name            a lower-case slug (a-z, 0-9, hyphens; 1 to 63): the path segment under the gateway
 * @param instances       1 to 20 absolute URLs, https with a public host unless the server allow-lists the host
 * @param healthPath      the path the health checks GET on each instance, or null for {@code /health}
 * @param healthIntervalS seconds between two checks of an instance (1 to 3600), or null for 10
 */
public record ServiceRegisterParams(String name, List<String> instances, String healthPath, Integer healthIntervalS) {
    /**
     * Checks the required fields.
     *
     * @param name            the service's name
     * @param instances       the instance URLs
     * @param healthPath      the health path, or null
     * @param healthIntervalS the interval in seconds, or null
     * @throws NullPointerException when a required field is missing
     */
    public ServiceRegisterParams {
        Objects.requireNonNull(name, "name is required");
        instances = List.copyOf(Objects.requireNonNull(instances, "instances are required"));
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ServiceRegisterParams}. */
    public static final class Builder {
        private String name;
        private List<String> instances;
        private String healthPath;
        private Integer healthIntervalS;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the service's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code instances}.
         *
         * @param instances the instance URLs
         * @return this builder
         */
        public Builder instances(List<String> instances) {
            this.instances = instances;
            return this;
        }

        /**
         * Sets {@code healthPath}.
         *
         * @param healthPath the path the health checks GET
         * @return this builder
         */
        public Builder healthPath(String healthPath) {
            this.healthPath = healthPath;
            return this;
        }

        /**
         * Sets {@code healthIntervalS}.
         *
         * @param healthIntervalS seconds between two checks
         * @return this builder
         */
        public Builder healthIntervalS(Integer healthIntervalS) {
            this.healthIntervalS = healthIntervalS;
            return this;
        }

        /**
         * The params.
         *
         * @return a new {@link ServiceRegisterParams}
         * @throws NullPointerException when a required field is missing
         */
        public ServiceRegisterParams build() {
            return new ServiceRegisterParams(name, instances, healthPath, healthIntervalS);
        }
    }
}
