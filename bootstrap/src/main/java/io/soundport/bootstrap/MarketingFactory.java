package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.soundport.application.integrations.ConnectionService;
import io.soundport.application.marketing.AudienceUsage;
import io.soundport.application.marketing.CampaignChanges;
import io.soundport.application.marketing.CampaignMonitor;
import io.soundport.application.marketing.CampaignReadings;
import io.soundport.application.marketing.CampaignReferences;
import io.soundport.application.marketing.CampaignService;
import io.soundport.application.marketing.CampaignsOnMeta;
import io.soundport.application.marketing.CampaignsUsingAudience;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Marketing: campaigns (run on Meta through {@link AdsPlatform} when they name an ad account) and the
 * {@link CampaignMonitor} that measures the running ones every {@code soundport.marketing.insights-interval} (an hour
 * by default) and completes those that are over.
 */
@Factory
public class MarketingFactory {

    @Singleton
    CampaignReferences campaignReferences(PersistencePorts p) {
        return new CampaignReferences(p.releases(), p.tracks(), p.audiences());
    }

    /** An audience that campaigns target is not deleted. */
    @Singleton
    AudienceUsage audienceUsage(PersistencePorts p) {
        return new CampaignsUsingAudience(p.campaigns());
    }

    @Singleton
    CampaignsOnMeta campaignsOnMeta(ConnectionService connections, AdsPlatform ads) {
        return new CampaignsOnMeta(connections, ads);
    }

    @Singleton
    CampaignService campaignService(PersistencePorts p, CampaignReferences references, EventRecorder recorder,
                                    IdGenerator ids, Clock clock, AuditRecorder audit) {
        return new CampaignService(p.transactions(), p.campaigns(), references, recorder, ids, clock, audit);
    }

    @Singleton
    CampaignChanges campaignChanges(PersistencePorts p, CampaignReferences references, CampaignsOnMeta meta,
                                    EventRecorder recorder, Clock clock, AuditRecorder audit) {
        return new CampaignChanges(p.transactions(), p.campaigns(), references, meta, recorder, clock, audit);
    }

    @Singleton
    CampaignReadings campaignReadings(PersistencePorts p, CampaignsOnMeta meta) {
        return new CampaignReadings(meta, p.campaignInsights());
    }

    @Singleton
    CampaignMonitor campaignMonitor(PersistencePorts p, CampaignReadings meta, EventRecorder recorder, Clock clock,
                                    TraceContext trace,
                                    @Property(name = "soundport.marketing.insights-interval", defaultValue = "1h")
                                    Duration interval) {
        return new CampaignMonitor(p.transactions(), p.campaigns(), p.jobs(), meta, recorder, clock, trace,
                interval);
    }
}
