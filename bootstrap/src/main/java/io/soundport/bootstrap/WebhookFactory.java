package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.soundport.adapters.http.OkHttpWebhookTransport;
import io.soundport.adapters.http.SsrfGuard;
import io.soundport.application.platform.EventBusForwarding;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventHandler;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.application.shared.WorkOutcomes;
import io.soundport.application.webhooks.OutboxDispatcher;
import io.soundport.application.webhooks.WebhookDeliveryWorker;
import io.soundport.application.webhooks.WebhookMessageService;
import io.soundport.application.webhooks.WebhookService;
import io.soundport.application.workflow.WorkflowEngine;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.OutboundUrlGuard;
import io.soundport.domain.port.TraceContext;
import io.soundport.domain.webhooks.WebhookTransport;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/**
 * Webhooks: the SSRF guard, the HTTP transport, the outbox dispatcher (with the publish jobs of the event bus when
 * there is one), and the services and workers built on them.
 */
@Factory
public class WebhookFactory {

    @Singleton
    SsrfGuard ssrfGuard(@Nullable @Property(name = "soundport.outbound.allowed-hosts") String allowedHosts) {
        return SsrfGuard.fromAllowList(allowedHosts);
    }

    @Singleton
    WebhookTransport webhookTransport(SsrfGuard guard,
                                      @Property(name = "soundport.webhooks.timeout", defaultValue = "10s") Duration timeout,
                                      OpenTelemetry openTelemetry) {
        return new OkHttpWebhookTransport(guard, OkHttpWebhookTransport.DEFAULT_CONNECT_TIMEOUT, timeout, openTelemetry);
    }

    @Singleton
    WebhookService webhookService(PersistencePorts p, SecretCiphers ciphers, SsrfGuard guard, IdGenerator ids,
                                  Clock clock, AuditRecorder audit) {
        OutboundUrlGuard urlGuard = guard;
        return new WebhookService(p.transactions(), p.webhookEndpoints(),
                ciphers.forPurpose(SecretCiphers.WEBHOOK_SECRETS), urlGuard, ids, clock, audit);
    }

    @Singleton
    WebhookMessageService webhookMessageService(PersistencePorts p, EventRecorder events, Clock clock,
                                                AuditRecorder audit) {
        return new WebhookMessageService(p.transactions(), p.webhookEndpoints(), p.webhookMessages(), p.jobs(), events,
                clock, audit);
    }

    @Singleton
    OutboxDispatcher outboxDispatcher(PersistencePorts p, WorkflowEngine workflow, EventPublishing publishing,
                                      Clock clock, TraceContext trace) {
        List<EventHandler> handlers = publishing.on()
                ? List.of(workflow, new EventBusForwarding(p.jobs(), clock, trace)) : List.of(workflow);
        return new OutboxDispatcher(p.transactions(), p.outbox(), p.webhookEndpoints(), p.webhookMessages(), p.jobs(),
                clock, handlers, trace);
    }

    @Singleton
    WebhookDeliveryWorker webhookDeliveryWorker(PersistencePorts p, WebhookTransport transport, SecretCiphers ciphers,
                                                @Property(name = "soundport.webhooks.retry-schedule",
                                                        defaultValue = "5s,30s,2m,10m,30m,1h,2h,4h,8h,16h") String schedule,
                                                @Property(name = "soundport.webhooks.disable-after", defaultValue = "10") int disableAfter,
                                                @Property(name = "soundport.webhooks.lease", defaultValue = "60s") Duration lease,
                                                @Property(name = "soundport.webhooks.concurrency", defaultValue = "32") int concurrency,
                                                @Property(name = "soundport.webhooks.concurrency-per-endpoint", defaultValue = "16") int perEndpoint,
                                                Clock clock, WorkOutcomes outcomes, TraceContext trace) {
        return new WebhookDeliveryWorker(p.transactions(), p.webhookEndpoints(), p.webhookMessages(), p.jobs(),
                transport, ciphers.forPurpose(SecretCiphers.WEBHOOK_SECRETS), RetrySchedule.parse(schedule), disableAfter, lease, clock, outcomes, trace,
                new WebhookDeliveryWorker.Concurrency(concurrency, perEndpoint));
    }
}
