package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.soundport.adapters.csv.CommonsCsvSalesReportReader;
import io.soundport.application.analytics.AnalyticsQueries;
import io.soundport.application.analytics.CampaignAnalytics;
import io.soundport.application.analytics.RealtimeFeed;
import io.soundport.application.analytics.ReportImportService;
import io.soundport.application.analytics.ReportImportWorker;
import io.soundport.application.analytics.StreamIngestion;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.analytics.report.SalesReportReader;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.BlobStore;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;
import jakarta.inject.Singleton;

/**
 * Stream analytics: the ingestion of stream events, the imports of sales reports (the files in the blob store, read by
 * Apache Commons CSV, counted by the {@link ReportImportWorker} in the background), the reads of their rollups and of
 * the campaigns' daily insights, and
 * the {@link RealtimeFeed} that pushes a track's last hour to this instance's WebSocket subscribers.
 */
@Factory
public class AnalyticsFactory {

    @Singleton
    StreamIngestion streamIngestion(PersistencePorts p, Clock clock) {
        return new StreamIngestion(p.streamFacts(), p.tracks(), clock);
    }

    @Singleton
    AnalyticsQueries analyticsQueries(PersistencePorts p, Clock clock) {
        return new AnalyticsQueries(p.streamFacts(), p.tracks(), p.campaignInsights(), clock);
    }

    @Singleton
    CampaignAnalytics campaignAnalytics(PersistencePorts p, Clock clock) {
        return new CampaignAnalytics(p.campaigns(), p.audiences(), p.campaignInsights(), clock);
    }

    @Singleton
    RealtimeFeed realtimeFeed(AnalyticsQueries queries,
                              @Value("${soundport.streaming.max-per-organization:100}") int perOrganization,
                              @Value("${soundport.streaming.max-subscriptions:10000}") int total) {
        return new RealtimeFeed(queries, new RealtimeFeed.Limits(perOrganization, total));
    }

    @Singleton
    SalesReportReader salesReportReader() {
        return new CommonsCsvSalesReportReader();
    }

    @Singleton
    ReportImportService reportImportService(PersistencePorts p, BlobStore blobs, SalesReportReader reader,
                                            AuditRecorder audit, IdGenerator ids, Clock clock, TraceContext trace) {
        return new ReportImportService(p.transactions(), p.reportImports(), p.jobs(), blobs, reader, audit, ids, clock,
                trace);
    }

    @Singleton
    ReportImportWorker reportImportWorker(PersistencePorts p, BlobStore blobs, SalesReportReader reader, Clock clock,
                                          TraceContext trace) {
        return new ReportImportWorker(p.transactions(), p.reportImports(), p.jobs(), blobs, reader, p.streamFacts(),
                p.tracks(), clock, trace);
    }
}
