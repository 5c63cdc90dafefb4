package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.soundport.adapters.http.OkHttpUpstreams;
import io.soundport.adapters.http.SsrfGuard;
import io.soundport.application.platform.Gateway;
import io.soundport.application.platform.IdentitySigner;
import io.soundport.application.platform.PlatformOperators;
import io.soundport.application.platform.ServiceRegistry;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.platform.UpstreamHealth;
import io.soundport.application.platform.UpstreamHealthChecker;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.platform.Upstreams;
import io.soundport.domain.port.Clock;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The gateway: the registry of upstream services, the transport to their instances (timeouts, breakers), the
 * health book its checks keep, and the signer of the identity passed upstream.
 */
@Factory
public class GatewayFactory {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayFactory.class);

    @Singleton
    Upstreams upstreams(SsrfGuard guard,
            @Property(name = "soundport.gateway.connect-timeout", defaultValue = "2s") Duration connectTimeout,
            @Property(name = "soundport.gateway.timeout", defaultValue = "30s") Duration timeout,
            @Property(name = "soundport.gateway.breaker-open-for", defaultValue = "10s") Duration openFor,
            OpenTelemetry openTelemetry) {
        return new OkHttpUpstreams(guard, connectTimeout, timeout, openFor, openTelemetry);
    }

    @Singleton
    UpstreamHealth upstreamHealth(
            @Property(name = "soundport.gateway.unhealthy-after", defaultValue = "3") int failures,
            @Property(name = "soundport.gateway.healthy-after", defaultValue = "2") int successes) {
        return new UpstreamHealth(failures, successes);
    }

    @Singleton
    IdentitySigner identitySigner(@Nullable @Property(name = "soundport.gateway.signing-secret") String secret) {
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            LOG.warn("SOUNDPORT_GATEWAY_SIGNING_SECRET is not set: the gateway signs with a random key of this process, "
                    + "which upstream services cannot verify; set it (at least {} characters) to the secret they share",
                    IdentitySigner.MIN_SECRET_LENGTH);
            return new IdentitySigner(Base64.getEncoder().encodeToString(random));
        }
        return new IdentitySigner(secret);
    }

    @Singleton
    ServiceRegistry serviceRegistry(PlatformOperators operators, PersistencePorts p, SsrfGuard guard,
                                    UpstreamHealth health, Upstreams upstreams, AuditRecorder audit, Clock clock) {
        return new ServiceRegistry(operators, p.upstreamServices(), p.transactions(), guard, health, upstreams, audit,
                clock);
    }

    @Singleton
    Gateway gateway(PersistencePorts p, UpstreamHealth health, Upstreams upstreams, IdentitySigner signer,
                    Clock clock) {
        return new Gateway(p.upstreamServices(), health, upstreams, signer, clock);
    }

    @Singleton
    UpstreamHealthChecker upstreamHealthChecker(PersistencePorts p, Upstreams upstreams, UpstreamHealth health,
                                                Clock clock) {
        return new UpstreamHealthChecker(p.upstreamServices(), upstreams, health, clock);
    }
}
