package io.soundport.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.soundport.adapters.aws.s3.S3DeliveryGateway;
import io.soundport.adapters.ddex.DdexErnReleasePackager;
import io.soundport.adapters.http.HttpDeliveryGateway;
import io.soundport.adapters.http.SsrfGuard;
import io.soundport.adapters.local.FileDeliveryGateway;
import io.soundport.adapters.sftp.SftpDeliveryGateway;
import io.soundport.adapters.sftp.SshHostKeys;
import io.soundport.application.distribution.DeliveryPackages;
import io.soundport.application.distribution.DeliveryQueue;
import io.soundport.application.distribution.DeliveryService;
import io.soundport.application.distribution.DeliverySettlement;
import io.soundport.application.distribution.DeliveryTracking;
import io.soundport.application.distribution.DeliveryWorker;
import io.soundport.application.distribution.PartnerHandoff;
import io.soundport.application.distribution.PartnerService;
import io.soundport.application.notifications.NotificationQueue;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.RetrySchedule;
import io.soundport.application.shared.WorkOutcomes;
import io.soundport.application.workflow.DeliverAction;
import io.soundport.application.workflow.NotifyAction;
import io.soundport.application.workflow.RuleSubjects;
import io.soundport.application.workflow.SetStatusAction;
import io.soundport.application.workflow.WebhookAction;
import io.soundport.application.workflow.WorkflowAction;
import io.soundport.application.workflow.WorkflowEngine;
import io.soundport.application.workflow.WorkflowService;
import io.soundport.domain.distribution.ReleasePackager;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/**
 * Distribution and workflow: partners, deliveries and their worker with the DDEX ERN packager and the HTTP, FILE and
 * S3 gateways, and workflow rules and the engine that runs them on events.
 *
 * <p>S3 partners work whatever {@code soundport.cloud} says: each brings its bucket, region and credentials. Their S3
 * (and STS) endpoint is AWS's for the partner's region unless the SDK's own {@code AWS_ENDPOINT_URL_S3} /
 * {@code AWS_ENDPOINT_URL} (or the system properties {@code aws.endpointUrlS3} / {@code aws.endpointUrl}) name
 * another, as for S3Mock in the tests: there is no Soundport setting for it.
 */
@Factory
public class DistributionFactory {

    @Singleton
    ReleasePackager releasePackager() {
        return new DdexErnReleasePackager();
    }

    @Singleton
    PartnerService partnerService(PersistencePorts p, SecretCiphers ciphers, SsrfGuard guard, IdGenerator ids,
                                  Clock clock, AuditRecorder audit, SshHostKeys hostKeys) {
        return new PartnerService(p.transactions(), p.partners(), p.deliveries(),
                ciphers.forPurpose(SecretCiphers.PARTNER_CREDENTIALS), guard, ids, clock, audit, hostKeys);
    }

    /**
     * The host keys of SFTP partners saved without one (trust on first use), read at the addresses the SSRF guard
     * permits; a read gives up after {@code soundport.partners.host-key-timeout} (the request waits for it).
     */
    @Singleton
    @Bean(preDestroy = "close")
    SshHostKeys sshHostKeys(SsrfGuard guard,
                            @Property(name = "soundport.partners.host-key-timeout", defaultValue = "10s")
                            Duration timeout) {
        return new SshHostKeys(guard::resolvePermitted, timeout);
    }

    @Singleton
    DeliveryQueue deliveryQueue(PersistencePorts p, IdGenerator ids, TraceContext trace) {
        return new DeliveryQueue(p.deliveries(), p.jobs(), ids, trace);
    }

    @Singleton
    DeliveryService deliveryService(PersistencePorts p, DeliveryQueue queue, EventRecorder events, Clock clock,
                                    AuditRecorder audit) {
        return new DeliveryService(p.transactions(), p.organizations(), p.releases(), p.tracks(), p.mediaAssets(),
                p.partners(), queue, events, clock, audit);
    }

    @Singleton
    DeliveryTracking deliveryTracking(PersistencePorts p, DeliveryQueue queue, Clock clock, AuditRecorder audit) {
        return new DeliveryTracking(p.transactions(), p.releases(), p.deliveries(), queue, clock, audit);
    }

    /**
     * SFTP partners: an SSH client for the life of the server, whose connections go to the addresses the SSRF guard
     * permits.
     */
    @Singleton
    @Bean(preDestroy = "close")
    SftpDeliveryGateway sftpDeliveryGateway(SsrfGuard guard,
                                            @Property(name = "soundport.deliveries.timeout", defaultValue = "60s")
                                            Duration timeout) {
        return new SftpDeliveryGateway(guard::resolvePermitted, timeout);
    }

    @Singleton
    DeliveryWorker deliveryWorker(PersistencePorts p, SsrfGuard guard, ReleasePackager packager, SecretCiphers ciphers,
                                  SftpDeliveryGateway sftp, BlobStore blobs, EventRecorder events,
                                  @Nullable @Property(name = "soundport.data-dir") String dataDir,
                                  @Property(name = "soundport.deliveries.retry-schedule",
                                          defaultValue = "30s,2m,10m,30m,1h,2h,4h") String schedule,
                                  @Property(name = "soundport.deliveries.timeout", defaultValue = "60s") Duration timeout,
                                  @Property(name = "soundport.deliveries.lease", defaultValue = "5m") Duration lease,
                                  Clock clock, WorkOutcomes outcomes, OpenTelemetry openTelemetry,
                                  TraceContext trace) {
        DeliveryPackages packages = new DeliveryPackages(p.organizations(), p.releases(), p.artists(), p.tracks(),
                p.deliveries(), p.mediaAssets(), blobs, packager, clock);
        PartnerHandoff handoff = new PartnerHandoff(p.partners(),
                List.of(new HttpDeliveryGateway(guard, Duration.ofSeconds(10), timeout, openTelemetry),
                        new FileDeliveryGateway(DataDirectory.resolve(dataDir).resolve("drops")),
                        new S3DeliveryGateway(null, Duration.ofSeconds(10), timeout), sftp),
                packages, ciphers.forPurpose(SecretCiphers.PARTNER_CREDENTIALS), RetrySchedule.parse(schedule), clock);
        return new DeliveryWorker(p.transactions(), p.deliveries(), p.jobs(), handoff,
                new DeliverySettlement(p.deliveries(), p.releases(), p.tracks(), events), lease, clock, outcomes,
                trace);
    }

    @Singleton
    WorkflowService workflowService(PersistencePorts p, IdGenerator ids, Clock clock, AuditRecorder audit) {
        return new WorkflowService(p.transactions(), p.workflowRules(), p.workflowExecutions(), ids, clock, audit);
    }

    @Singleton
    WorkflowEngine workflowEngine(PersistencePorts p, DeliveryService deliveries, NotificationQueue notifications,
                                  EventRecorder events, IdGenerator ids, Clock clock) {
        List<WorkflowAction> actions = List.of(new DeliverAction(p.partners(), deliveries),
                new NotifyAction(notifications), new WebhookAction(events, clock),
                new SetStatusAction(p.releases(), p.tracks(), events, clock));
        return new WorkflowEngine(p.workflowRules(), p.workflowExecutions(),
                new RuleSubjects(p.releases(), p.tracks(), events.payloads()), actions, events, ids, clock);
    }
}
