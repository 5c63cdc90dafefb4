package io.soundport.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.local.sandbox.SandboxMusicMetadata;
import io.soundport.adapters.musicbrainz.MusicBrainzMusicMetadata;
import io.soundport.adapters.musicbrainz.MusicBrainzSettings;
import io.soundport.application.catalog.MetadataService;
import io.soundport.application.catalog.ReleaseImportService;
import io.soundport.application.catalog.ReleaseService;
import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.port.Clock;
import io.soundport.resilience.CallObserver;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * The outside music services and what uses them: MusicBrainz, live when {@code soundport.musicbrainz.contact}
 * ({@code SOUNDPORT_MUSICBRAINZ_CONTACT}, which MusicBrainz asks every client to send) is set, else the sandbox's
 * made-up catalog; the metadata searches and the release import. Each call to a live provider is timed in
 * {@code soundport.integration.calls} (provider, outcome) and its breaker's state is the gauge
 * {@code soundport.integration.breaker.open}.
 */
@Factory
public class IntegrationsFactory {
    private static final Logger LOG = LoggerFactory.getLogger("io.soundport");

    @Singleton
    MusicMetadata musicMetadata(@Nullable @Property(name = "soundport.musicbrainz.contact") String contact,
                                @Nullable @Property(name = "soundport.musicbrainz.url") String url,
                                MeterRegistry meters) {
        if (contact == null || contact.isBlank()) {
            LOG.info("MusicBrainz: sandbox (a made-up catalog; set SOUNDPORT_MUSICBRAINZ_CONTACT to use MusicBrainz)");
            return new SandboxMusicMetadata();
        }
        MusicBrainzSettings.Builder settings = MusicBrainzSettings.builder(contact.strip());
        if (url != null && !url.isBlank()) {
            settings.baseUrl(url.strip());
        }
        MusicBrainzSettings built = settings.build();
        MusicBrainzMusicMetadata live = new MusicBrainzMusicMetadata(built, observer(meters));
        Gauge.builder("soundport.integration.breaker.open", live, l -> l.breakerState() == BreakerState.CLOSED ? 0 : 1)
                .tag("provider", "MusicBrainz").description("1 while the provider's circuit breaker is not closed")
                .register(meters);
        LOG.info("MusicBrainz: live at {}", built.baseUrl());
        return live;
    }

    /** Each call to an outside provider, timed by provider and outcome. */
    private static CallObserver observer(MeterRegistry meters) {
        return (provider, outcome, duration) -> Timer.builder("soundport.integration.calls")
                .description("Calls to outside providers (MusicBrainz, Spotify, Meta) by outcome")
                .tag("provider", provider).tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters).record(duration);
    }

    @Singleton
    MetadataService metadataService(MusicMetadata metadata) {
        return new MetadataService(metadata);
    }

    @Singleton
    ReleaseImportService releaseImports(PersistencePorts p, ReleaseService releases, MusicMetadata metadata,
                                        EventRecorder events, Clock clock) {
        return new ReleaseImportService(p.transactions(), p.artists(), releases, metadata, events, clock);
    }
}
