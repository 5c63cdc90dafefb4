package io.soundport.application.platform;

import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamAnswer;
import io.soundport.domain.platform.UpstreamAttempt;
import io.soundport.domain.platform.UpstreamInstances;
import io.soundport.domain.platform.UpstreamRequest;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.platform.UpstreamServices;
import io.soundport.domain.platform.Upstreams;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Forwards a caller's request to a healthy instance of a registered service, round robin.
 *
 * <p>Any caller of an organization may use it: GET, HEAD and OPTIONS need the read permission (every role, every
 * API key scope), the other methods the write permission (roles that write, keys with the write scope).
 *
 * <p>The instances the active checks deem healthy are tried in turn, starting with the next in the round. An
 * instance whose circuit breaker is open is skipped without a call. An idempotent request (GET, HEAD, OPTIONS, PUT,
 * DELETE) goes on to the next instance when one cannot be reached, and, when it has no body, also when one answers
 * that it is unavailable (bad gateway, unavailable, gateway timeout); a request with a body is tried again only when
 * it never left, since its body streams once. POST and PATCH are sent once.
 *
 * <p>Outcomes: the upstream's answer as it is, errors included; SERVICE_UNAVAILABLE at once when no instance is
 * healthy or every breaker is open, and when no instance could be reached (nothing was sent, so the request may be
 * repeated); INTEGRATION_ERROR when the request went out but no answer came (timeout, reset); NOT_FOUND for an
 * unknown service.
 */
public final class Gateway {
    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

    private final UpstreamServices services;
    private final UpstreamHealth health;
    private final Upstreams upstreams;
    private final IdentitySigner signer;
    private final Clock clock;
    private final Map<ServiceName, AtomicInteger> rounds = new ConcurrentHashMap<>();

    public Gateway(UpstreamServices services, UpstreamHealth health, Upstreams upstreams, IdentitySigner signer,
                   Clock clock) {
        this.services = services;
        this.health = health;
        this.upstreams = upstreams;
        this.signer = signer;
        this.clock = clock;
    }

    /** The answer of an instance; its body streams and must be closed by the receiver. */
    public UpstreamAnswer forward(Caller caller, ForwardCommand command) {
        caller.require(READS.contains(command.method()) ? Permission.READ : Permission.WRITE);
        ServiceName name = command.service();
        UpstreamService service = services.find(name)
                .orElseThrow(() -> DomainException.notFound("Service", name.value()));
        List<String> healthy = service.instances().stream().filter(i -> health.isHealthy(name, i)).toList();
        if (healthy.isEmpty()) {
            throw DomainException.unavailable("No instance of service " + name + " is healthy");
        }
        boolean retryable = IDEMPOTENT.contains(command.method());
        int start = Math.floorMod(rounds.computeIfAbsent(name, n -> new AtomicInteger()).getAndIncrement(),
                healthy.size());
        UpstreamAnswer unavailable = null;
        for (int i = 0; i < healthy.size(); i++) {
            String instance = healthy.get((start + i) % healthy.size());
            UpstreamAttempt attempt = upstreams.send(instance, request(caller, command, instance));
            if (attempt instanceof UpstreamAttempt.Answered answered) {
                UpstreamAnswer answer = answered.answer();
                boolean another = i < healthy.size() - 1;
                if (!answer.unavailable() || !retryable || command.body() != null || !another) {
                    close(unavailable);
                    return answer;
                }
                close(unavailable);
                unavailable = answer;
            } else if (attempt instanceof UpstreamAttempt.Failed failed) {
                close(unavailable);
                throw new DomainException(ErrorCode.INTEGRATION_ERROR,
                        "Service " + name + " did not answer: " + failed.reason());
            } else if (attempt instanceof UpstreamAttempt.Unreachable && !retryable) {
                break;
            }
            // Refused (breaker open) or Unreachable: nothing was sent; on to the next instance
        }
        if (unavailable != null) {
            return unavailable;
        }
        throw DomainException.unavailable("No instance of service " + name + " could be reached");
    }

    private UpstreamRequest request(Caller caller, ForwardCommand command, String instance) {
        String targetPath = UpstreamInstances.targetPath(instance, command.path());
        return new UpstreamRequest(command.method(), command.path(), command.query(), command.headers(),
                command.body(), command.length(), command.origin(), signer.sign(caller, command.method(), targetPath, clock.now()));
    }

    private static void close(UpstreamAnswer answer) {
        if (answer == null) {
            return;
        }
        try {
            answer.body().close();
        } catch (IOException ignored) {
            // an answer we drop: nothing to tell anyone
        }
    }
}
