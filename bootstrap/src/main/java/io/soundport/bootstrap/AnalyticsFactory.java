package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.soundport.application.analytics.AnalyticsQueries;
import io.soundport.application.analytics.StreamIngestion;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Clock;
import jakarta.inject.Singleton;

/** Stream analytics: the ingestion of stream events and the reads of their rollups. */
@Factory
public class AnalyticsFactory {

    @Singleton
    StreamIngestion streamIngestion(PersistencePorts p, Clock clock) {
        return new StreamIngestion(p.streamFacts(), p.tracks(), clock);
    }

    @Singleton
    AnalyticsQueries analyticsQueries(PersistencePorts p, Clock clock) {
        return new AnalyticsQueries(p.streamFacts(), p.tracks(), clock);
    }
}
