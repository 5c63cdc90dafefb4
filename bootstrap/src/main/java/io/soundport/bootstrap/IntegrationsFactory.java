package io.soundport.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.local.sandbox.SandboxAdsPlatform;
import io.soundport.adapters.local.sandbox.SandboxCoverArt;
import io.soundport.adapters.local.sandbox.SandboxMusicMetadata;
import io.soundport.adapters.local.sandbox.SandboxMusicPlatform;
import io.soundport.adapters.local.sandbox.SandboxOAuthProvider;
import io.soundport.adapters.meta.MetaAdsPlatform;
import io.soundport.adapters.meta.MetaOAuth;
import io.soundport.adapters.meta.MetaSettings;
import io.soundport.adapters.musicbrainz.CoverArtArchive;
import io.soundport.adapters.musicbrainz.CoverArtArchiveSettings;
import io.soundport.adapters.musicbrainz.MusicBrainzMusicMetadata;
import io.soundport.adapters.musicbrainz.MusicBrainzSettings;
import io.soundport.adapters.rest.SoundportApi;
import io.soundport.adapters.spotify.SpotifyAccounts;
import io.soundport.adapters.spotify.SpotifyAccountsSettings;
import io.soundport.adapters.spotify.SpotifyMusicPlatform;
import io.soundport.adapters.spotify.SpotifySettings;
import io.soundport.application.catalog.CoverImportService;
import io.soundport.application.catalog.MediaAssetService;
import io.soundport.application.catalog.MetadataService;
import io.soundport.application.catalog.ReleaseImportService;
import io.soundport.application.catalog.ReleaseService;
import io.soundport.application.catalog.TrackImports;
import io.soundport.application.integrations.ConnectionService;
import io.soundport.application.integrations.MetaAccess;
import io.soundport.application.integrations.MetaAdsService;
import io.soundport.application.integrations.OAuthClients;
import io.soundport.application.integrations.SpotifyService;
import io.soundport.application.integrations.TrackSyncService;
import io.soundport.application.integrations.TrackSyncWorker;
import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.metadata.CoverArt;
import io.soundport.domain.catalog.metadata.MusicMetadata;
import io.soundport.domain.integrations.OAuthProvider;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.integrations.ads.AdsPlatform;
import io.soundport.domain.integrations.platform.MusicPlatform;
import io.soundport.domain.persistence.PersistencePorts;
import io.soundport.domain.platform.BreakerState;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TraceContext;
import io.soundport.resilience.CallObserver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The outside music services and what uses them: MusicBrainz, live when {@code soundport.musicbrainz.contact}
 * ({@code SOUNDPORT_MUSICBRAINZ_CONTACT}, which MusicBrainz asks every client to send) is set, else the sandbox's
 * made-up catalog; the Cover Art Archive beside it (elsewhere when {@code soundport.coverart.url},
 * {@code SOUNDPORT_COVERART_URL}, is set), else the sandbox's covers; the metadata searches and the release import
 * with its cover; Spotify and Meta sign-in for users' connections, each live when its client id (app id) is set, else
 * a sandbox that approves at once; Spotify's data and Meta's Marketing API beside them, live or the sandbox's. Each
 * call to a live provider is timed in {@code soundport.integration.calls} (provider, outcome) and its breaker's state
 * is the gauge {@code soundport.integration.breaker.open}.
 */
@Factory
public class IntegrationsFactory {
    private static final Logger LOG = LoggerFactory.getLogger("io.soundport");

    /** Made at start (not on first use), so that the first log lines say whether MusicBrainz is live. */
    @Context
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
        breakerGauge(meters, "MusicBrainz", live::breakerState);
        LOG.info("MusicBrainz: live at {}", built.baseUrl());
        return live;
    }

    /** Release covers: the Cover Art Archive beside live MusicBrainz, with its User-Agent; else the sandbox's. */
    @Singleton
    CoverArt coverArt(@Nullable @Property(name = "soundport.musicbrainz.contact") String contact,
                      @Nullable @Property(name = "soundport.coverart.url") String url, MeterRegistry meters) {
        if (contact == null || contact.isBlank()) {
            LOG.info("Cover Art Archive: sandbox (covers of the made-up catalog; set SOUNDPORT_MUSICBRAINZ_CONTACT to "
                    + "use the Cover Art Archive)");
            return new SandboxCoverArt();
        }
        CoverArtArchiveSettings.Builder settings = CoverArtArchiveSettings.builder(
                MusicBrainzSettings.builder(contact.strip()).build());
        if (url != null && !url.isBlank()) {
            settings.baseUrl(url.strip());
        }
        CoverArtArchiveSettings built = settings.build();
        CoverArtArchive live = new CoverArtArchive(built, observer(meters));
        breakerGauge(meters, "Cover Art Archive", live::breakerState);
        LOG.info("Cover Art Archive: live at {}, images from {}", built.baseUrl(), built.imageHosts());
        return live;
    }

    /** 1 while the provider's circuit breaker is not closed. */
    private static void breakerGauge(MeterRegistry meters, String provider, Supplier<BreakerState> state) {
        Gauge.builder("soundport.integration.breaker.open", state, s -> s.get() == BreakerState.CLOSED ? 0 : 1)
                .tag("provider", provider).description("1 while the provider's circuit breaker is not closed")
                .register(meters);
    }

    /** Each call to an outside provider, timed by provider and outcome. */
    private static CallObserver observer(MeterRegistry meters) {
        return (provider, outcome, duration) -> Timer.builder("soundport.integration.calls")
                .description("Calls to outside providers (MusicBrainz, Cover Art Archive, Spotify, Meta) by outcome")
                .tag("provider", provider).tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters).record(duration);
    }

    @Singleton
    @Named("spotify")
    OAuthProvider spotifyOAuth(@Nullable @Property(name = "soundport.spotify.client-id") String clientId,
                               @Nullable @Property(name = "soundport.spotify.client-secret") String clientSecret,
                               @Property(name = "soundport.spotify.accounts-url") String accountsUrl,
                               @Property(name = "soundport.spotify.api-url") String apiUrl,
                               MeterRegistry meters, Clock clock) {
        if (clientId == null || clientId.isBlank()) {
            LOG.info("Spotify: sandbox (connections approve at once, with made-up data; set "
                    + "SOUNDPORT_SPOTIFY_CLIENT_ID and SOUNDPORT_SPOTIFY_CLIENT_SECRET to use Spotify)");
            return new SandboxOAuthProvider(Provider.SPOTIFY, clock);
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalStateException("SOUNDPORT_SPOTIFY_CLIENT_ID is set but SOUNDPORT_SPOTIFY_CLIENT_SECRET is "
                    + "not: Spotify needs both");
        }
        SpotifyAccounts live = new SpotifyAccounts(SpotifyAccountsSettings.builder(clientId.strip(), clientSecret.strip())
                .accountsUrl(accountsUrl.strip()).apiUrl(apiUrl.strip()).build(), observer(meters));
        breakerGauge(meters, "Spotify Accounts", live::breakerState);
        LOG.info("Spotify: live, accounts at {}, Web API at {}", accountsUrl, apiUrl);
        return live;
    }

    @Singleton
    @Named("meta")
    OAuthProvider metaOAuth(@Nullable @Property(name = "soundport.meta.app-id") String appId,
                            @Nullable @Property(name = "soundport.meta.app-secret") String appSecret,
                            @Property(name = "soundport.meta.oauth-url") String oauthUrl,
                            @Property(name = "soundport.meta.graph-url") String graphUrl,
                            @Property(name = "soundport.meta.api-version") String apiVersion,
                            MeterRegistry meters, Clock clock) {
        if (appId == null || appId.isBlank()) {
            LOG.info("Meta: sandbox (connections approve at once; set SOUNDPORT_META_APP_ID and "
                    + "SOUNDPORT_META_APP_SECRET to use Meta)");
            return new SandboxOAuthProvider(Provider.META, clock);
        }
        if (appSecret == null || appSecret.isBlank()) {
            throw new IllegalStateException("SOUNDPORT_META_APP_ID is set but SOUNDPORT_META_APP_SECRET is not: Meta "
                    + "needs both");
        }
        MetaOAuth live = new MetaOAuth(MetaSettings.builder(appId.strip(), appSecret.strip()).oauthUrl(oauthUrl.strip())
                .graphUrl(graphUrl.strip()).apiVersion(apiVersion.strip()).build(), observer(meters));
        breakerGauge(meters, "Meta", live::breakerState);
        LOG.info("Meta: live, login at {}, Graph API {} at {}", oauthUrl, apiVersion, graphUrl);
        return live;
    }

    @Singleton
    ConnectionService connectionService(PersistencePorts p, @Named("spotify") OAuthProvider spotify,
                                        @Named("meta") OAuthProvider meta, SecretCiphers ciphers,
                                        EventRecorder events, AuditRecorder audit, IdGenerator ids, Clock clock,
            @Property(name = "soundport.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        OAuthClients clients = new OAuthClients(List.of(spotify, meta),
                URI.create(publicUrl.strip().replaceAll("/+$", "") + SoundportApi.BASE),
                ciphers.forPurpose(SecretCiphers.INTEGRATION_TOKENS));
        return new ConnectionService(p.transactions(), p.connections(), p.pendingAuthorizations(), p.memberships(),
                clients, events, audit, ids, clock);
    }

    /** Spotify's data: live beside live sign-in, else the sandbox's account, which takes the sandbox's tokens. */
    @Singleton
    MusicPlatform musicPlatform(@Named("spotify") OAuthProvider spotifyOAuth,
                                @Property(name = "soundport.spotify.api-url") String apiUrl, MeterRegistry meters) {
        if (spotifyOAuth instanceof SandboxOAuthProvider sandbox) {
            return new SandboxMusicPlatform(sandbox::accepts);
        }
        SpotifyMusicPlatform live = new SpotifyMusicPlatform(SpotifySettings.builder().baseUrl(apiUrl.strip()).build(),
                observer(meters));
        breakerGauge(meters, "Spotify", live::breakerState);
        return live;
    }

    /**
     * Meta's Marketing API: live beside live Meta sign-in (the same app, Graph URL and version), else the sandbox's
     * made-up ad accounts, which take the sandbox's tokens.
     */
    @Singleton
    AdsPlatform adsPlatform(@Named("meta") OAuthProvider metaOAuth,
                            @Nullable @Property(name = "soundport.meta.app-id") String appId,
                            @Nullable @Property(name = "soundport.meta.app-secret") String appSecret,
                            @Property(name = "soundport.meta.graph-url") String graphUrl,
                            @Property(name = "soundport.meta.api-version") String apiVersion,
                            MeterRegistry meters, Clock clock) {
        if (metaOAuth instanceof SandboxOAuthProvider sandbox) {
            LOG.info("Meta ads: sandbox (made-up ad accounts {} and {}, pixel {})", SandboxAdsPlatform.EUR_ACCOUNT,
                    SandboxAdsPlatform.USD_ACCOUNT, SandboxAdsPlatform.PIXEL);
            return new SandboxAdsPlatform(sandbox::accepts, clock::now);
        }
        MetaAdsPlatform live = new MetaAdsPlatform(MetaSettings.builder(appId.strip(), appSecret.strip())
                .graphUrl(graphUrl.strip()).apiVersion(apiVersion.strip()).build(), observer(meters));
        breakerGauge(meters, "Meta Marketing API", live::breakerState);
        LOG.info("Meta ads: live, Marketing API {} at {}", apiVersion, graphUrl);
        return live;
    }

    /** Meta through users' connections, for marketing's audience syncs (the /meta endpoints make their own). */
    @Singleton
    MetaAccess metaAccess(ConnectionService connections, AdsPlatform ads) {
        return new MetaAccess(connections, ads);
    }

    @Singleton
    MetaAdsService metaAdsService(ConnectionService connections, AdsPlatform ads, PersistencePorts p,
                                  AuditRecorder audit, Clock clock) {
        return new MetaAdsService(connections, ads, p.transactions(), audit, clock);
    }

    @Singleton
    SpotifyService spotifyService(ConnectionService connections, MusicPlatform platform) {
        return new SpotifyService(connections, platform);
    }

    @Singleton
    TrackImports trackImports(PersistencePorts p, EventRecorder events, AuditRecorder audit, IdGenerator ids,
                              Clock clock) {
        return new TrackImports(p.tracks(), p.artists(), events, audit, ids, clock);
    }

    @Singleton
    TrackSyncService trackSyncService(PersistencePorts p, ConnectionService connections, AuditRecorder audit,
                                      IdGenerator ids, Clock clock, TraceContext trace) {
        return new TrackSyncService(p.transactions(), p.trackSyncs(), p.jobs(), connections, audit, ids, clock, trace);
    }

    @Singleton
    TrackSyncWorker trackSyncWorker(PersistencePorts p, ConnectionService connections, MusicPlatform platform,
                                    TrackImports imports, Clock clock, TraceContext trace) {
        return new TrackSyncWorker(p.transactions(), p.trackSyncs(), p.jobs(), connections,
                platform, imports, clock, trace);
    }

    @Singleton
    MetadataService metadataService(MusicMetadata metadata) {
        return new MetadataService(metadata);
    }

    @Singleton
    CoverImportService coverImports(CoverArt coverArt, MediaAssetService media) {
        return new CoverImportService(coverArt, media);
    }

    @Singleton
    ReleaseImportService releaseImports(PersistencePorts p, ReleaseService releases, MusicMetadata metadata,
                                        EventRecorder events, Clock clock) {
        return new ReleaseImportService(p.transactions(), p.artists(), releases, metadata, events, clock);
    }
}
