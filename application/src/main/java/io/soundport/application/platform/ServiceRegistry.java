package io.soundport.application.platform;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.platform.Upstreams;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The registry of upstream services behind the gateway, for platform operators only: register, list with the
 * health and breaker state of every instance as this server sees it, remove.
 */
public final class ServiceRegistry {
    private final PlatformOperators operators;
    private final UpstreamServices services;
    private final TransactionRunner transactions;
    private final OutboundUrlGuard urlGuard;
    private final UpstreamHealth health;
    private final Upstreams upstreams;
    private final AuditRecorder audit;
    private final Clock clock;

    public ServiceRegistry(PlatformOperators operators, UpstreamServices services, TransactionRunner transactions,
                           OutboundUrlGuard urlGuard, UpstreamHealth health, Upstreams upstreams, AuditRecorder audit,
                           Clock clock) {
        this.operators = operators;
        this.services = services;
        this.transactions = transactions;
        this.urlGuard = urlGuard;
        this.health = health;
        this.upstreams = upstreams;
        this.audit = audit;
        this.clock = clock;
    }

    /** The SSRF guard every instance URL passes, for {@link RegisterServiceCommand#of}. */
    public BiConsumer<String, String> urlCheck() {
        return urlGuard::check;
    }

    public List<ServiceStatus> list(Caller caller) {
        operators.require(caller);
        return services.all().stream().map(this::status).toList();
    }

    /** CONFLICT when a service of that name exists: remove it first to change it. */
    public ServiceStatus register(Caller caller, RegisterServiceCommand command) {
        operators.require(caller);
        // a command can be built without of(): its URLs pass the guard here too
        for (int i = 0; i < command.instances().size(); i++) {
            urlGuard.check(command.instances().get(i), "instances[" + i + "]");
        }
        UpstreamService service = new UpstreamService(command.name(), command.instances(), command.healthPath(),
                command.healthInterval(), clock.now());
        transactions.run(() -> {
            services.add(service);
            audit.record(caller, "service.registered", service.name().value());
        });
        return status(service);
    }

    public void remove(Caller caller, ServiceName name) {
        operators.require(caller);
        boolean removed = transactions.inTransaction(() -> {
            boolean gone = services.remove(name);
            if (gone) {
                audit.record(caller, "service.deleted", name.value());
            }
            return gone;
        });
        if (!removed) {
            throw DomainException.notFound("Service", name.value());
        }
    }

    private ServiceStatus status(UpstreamService service) {
        return new ServiceStatus(service, service.instances().stream().map(url -> {
            UpstreamHealth.Instance checked = health.of(service.name(), url);
            return new InstanceStatus(url, checked.healthy(), checked.failures(), checked.successes(),
                    checked.checkedAt(), upstreams.breaker(url));
        }).toList());
    }
}
