package io.soundport.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.soundport.adapters.local.sandbox.SandboxMusicMetadata;
import io.soundport.application.catalog.MetadataService;
import io.soundport.application.catalog.ReleaseImportService;
import io.soundport.application.catalog.ReleaseService;
import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import jakarta.inject.Singleton;

/**
 * The outside music services and what uses them: MusicBrainz (live, or the sandbox's made-up catalog), the metadata
 * searches and the release import.
 */
@Factory
public class IntegrationsFactory {

    @Singleton
    MusicMetadata musicMetadata() {
        return new SandboxMusicMetadata();
    }

    @Singleton
    MetadataService metadataService(MusicMetadata metadata) {
        return new MetadataService(metadata);
    }

    @Singleton
    ReleaseImportService releaseImports(PersistencePorts p, ReleaseService releases, MusicMetadata metadata,
                                        EventRecorder events, IdGenerator ids, Clock clock) {
        return new ReleaseImportService(p.transactions(), p.artists(), releases, metadata, events, ids, clock);
    }
}
