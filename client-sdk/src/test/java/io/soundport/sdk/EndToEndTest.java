package io.soundport.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.exception.AuthenticationException;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.NotFoundException;
import io.soundport.sdk.exception.PermissionException;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.ApiKey;
import io.soundport.sdk.model.ApiKeyVerification;
import io.soundport.sdk.model.Application;
import io.soundport.sdk.model.Artist;
import io.soundport.sdk.model.AuthTokens;
import io.soundport.sdk.model.EmailVerification;
import io.soundport.sdk.model.EventType;
import io.soundport.sdk.model.IssuedApiKey;
import io.soundport.sdk.model.LiveEvent;
import io.soundport.sdk.model.LiveEventStatus;
import io.soundport.sdk.model.Member;
import io.soundport.sdk.model.Organization;
import io.soundport.sdk.model.Profile;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.model.ReleaseSummary;
import io.soundport.sdk.model.Track;
import io.soundport.sdk.model.WebhookEndpoint;
import io.soundport.sdk.model.WebhookEndpointWithSecret;
import io.soundport.sdk.model.WebhookMessage;
import io.soundport.sdk.model.WebhookMessageStatus;
import io.soundport.sdk.param.ApiKeyCreateParams;
import io.soundport.sdk.param.ApiKeyScope;
import io.soundport.sdk.param.AppCreateParams;
import io.soundport.sdk.param.AppUpdateParams;
import io.soundport.sdk.param.ArtistCreateParams;
import io.soundport.sdk.param.ArtistListParams;
import io.soundport.sdk.param.ArtistUpdateParams;
import io.soundport.sdk.param.InviteMemberParams;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.LiveEventCreateParams;
import io.soundport.sdk.param.LiveEventListParams;
import io.soundport.sdk.param.LiveEventUpdateParams;
import io.soundport.sdk.param.LoginParams;
import io.soundport.sdk.param.RegisterParams;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.ReleaseListParams;
import io.soundport.sdk.param.ReleaseUpdateParams;
import io.soundport.sdk.param.Role;
import io.soundport.sdk.param.TrackCreateParams;
import io.soundport.sdk.param.TrackListParams;
import io.soundport.sdk.param.TrackParams;
import io.soundport.sdk.param.TrackUpdateParams;
import io.soundport.sdk.param.WebhookCreateParams;
import io.soundport.sdk.param.WebhookUpdateParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SDK against the real server, started in this JVM on a free port with in-memory persistence: every SDK method,
 * and the errors mapped to their exceptions. Every test registers its own organization.
 */
class EndToEndTest {
    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static EmbeddedServer server;
    static String baseUrl;
    /** The webhook receiver, on loopback: the only outbound host the server is allowed to call. */
    static WireMockServer receiver;
    /** The server's data directory; the local mailbox is its {@code mailbox/}. */
    static Path dataDir;

    @BeforeAll
    static void startServer(@TempDir Path tempDir) {
        dataDir = tempDir;
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "soundport.persistence", "memory",
                "micronaut.server.port", -1,
                "soundport.jwt.secret", "sdk-end-to-end-secret-sdk-end-to-end-secret-0123",
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                "soundport.outbound.allowed-hosts", "127.0.0.1",
                "soundport.webhooks.retry-schedule", "300ms,300ms,300ms",
                "soundport.webhooks.timeout", "2s",
                "soundport.workers.poll-interval", "50ms"));
        baseUrl = server.getURL().toString();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.stop();
        }
    }

    static String email(String who) {
        return who + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com";
    }

    /** A new owner with a new organization: a client that signs in with the owner's credentials. */
    static SoundportClient owner() {
        String email = email("owner");
        SoundportClient client = SoundportClient.builder().baseUrl(baseUrl).credentials(email, PASSWORD).build();
        client.auth().register(RegisterParams.builder().email(email).password(PASSWORD).name("Ada Owner")
                .organizationName("Org of " + email).build());
        return client;
    }

    static SoundportClient withKey(SoundportClient owner, ApiKeyScope... scopes) {
        Application app = owner.apps().create(AppCreateParams.builder().name("Partner app").build());
        IssuedApiKey key = owner.apiKeys().create(app.id(), ApiKeyCreateParams.builder().name("key").scopes(scopes).build());
        return SoundportClient.builder().baseUrl(baseUrl).apiKey(key.key()).build();
    }

    static ReleaseCreateParams.Builder release(String title) {
        return ReleaseCreateParams.builder().title(title).artistName("The Midnight").label("Analytical Records")
                .releaseDate(LocalDate.of(2026, 12, 4)).genre("Synthwave").territories("US", "GB", "DE")
                .tracks(TrackParams.builder().title("Sunset").isrc("US-RC1-76-07839").durationMs(215_000L).build(),
                        TrackParams.builder().title("Los Angeles").isrc("USRC17607840").durationMs(198_000L)
                                .explicit(true).build());
    }

    @Test
    void auth_register_login_profile_refresh_and_logout() {
        String email = email("ada");
        SoundportClient anyone = SoundportClient.builder().baseUrl(baseUrl).credentials(email, PASSWORD).build();

        AuthTokens registered = anyone.auth().register(RegisterParams.builder().email(email).password(PASSWORD)
                .name("Ada Lovelace").organizationName("Analytical Records").build());
        assertThat(registered.user().email()).isEqualTo(email);
        assertThat(registered.role()).isEqualTo(Role.OWNER);
        assertThat(registered.tokenType()).isEqualTo("Bearer");
        assertThat(registered.toString()).doesNotContain(registered.accessToken()).doesNotContain(registered.refreshToken());

        AuthTokens login = anyone.auth().login(LoginParams.builder().email(email).password(PASSWORD)
                .organizationId(registered.organization().id()).build());
        assertThat(login.organization().id()).isEqualTo(registered.organization().id());

        Profile profile = anyone.auth().profile();
        assertThat(profile.user().email()).isEqualTo(email);
        assertThat(profile.organization().name()).isEqualTo("Analytical Records");
        assertThat(profile.role()).isEqualTo(Role.OWNER);

        AuthTokens refreshed = anyone.auth().refresh(login.refreshToken());
        assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());

        anyone.auth().logout(refreshed.refreshToken());
        assertThatThrownBy(() -> anyone.auth().refresh(refreshed.refreshToken()))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_duplicate_registration_is_a_conflict_naming_the_email() {
        String email = email("dup");
        SoundportClient client = SoundportClient.builder().baseUrl(baseUrl).credentials(email, PASSWORD).build();
        RegisterParams params = RegisterParams.builder().email(email).password(PASSWORD).name("Dup")
                .organizationName("Dup Records").build();
        client.auth().register(params);

        assertThatThrownBy(() -> client.auth().register(params))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.detail("email")).isNotBlank();
                    assertThat(e.requestId()).startsWith("req_");
                });
    }

    @Test
    void a_wrong_password_is_an_authentication_exception() {
        SoundportClient owner = owner();
        String email = owner.auth().profile().user().email();
        SoundportClient wrong = SoundportClient.builder().baseUrl(baseUrl).credentials(email, "not the password").build();
        assertThatThrownBy(() -> wrong.organization().retrieve()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void tokens_are_refreshed_by_the_client_when_the_server_refuses_the_access_token_even_from_many_threads()
            throws Exception {
        String email = email("tokens");
        SoundportClient anonymous = SoundportClient.builder().baseUrl(baseUrl).credentials(email, PASSWORD).build();
        AuthTokens tokens = anonymous.auth().register(RegisterParams.builder().email(email).password(PASSWORD)
                .name("Tok").organizationName("Token Records").build());
        // a token the server does not accept, as after a key rotation: every thread sees the same 401
        SoundportClient client = SoundportClient.builder().baseUrl(baseUrl)
                .tokens("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bm90LXZhbGlk", tokens.refreshToken()).build();

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Profile>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> client.auth().profile()));
            }
            for (Future<Profile> call : calls) {
                assertThat(call.get().user().email()).isEqualTo(email);
            }
        } finally {
            pool.shutdownNow();
        }
        // one refresh for all of them: a second use of the first refresh token would have revoked the family
        assertThatThrownBy(() -> anonymous.auth().refresh(tokens.refreshToken()))
                .isInstanceOf(AuthenticationException.class);
    }

    /** The token of the newest verification link the local mailbox holds for this address. */
    static String verificationTokenMailedTo(String email) throws IOException {
        return verificationTokenMailedTo(dataDir, email);
    }

    /**
     * The same, in the mailbox of the server whose data directory is {@code dataDir}. The server queues its mail and
     * sends it in the background: this waits up to 20 s for a message to the address that holds a link.
     */
    static String verificationTokenMailedTo(Path dataDir, String email) throws IOException {
        Pattern linkPattern = Pattern.compile("/auth/verify-email/(\\S+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<String> mails;
            try (Stream<Path> files = Files.list(dataDir.resolve("mailbox"))) {
                mails = files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().map(f -> {
                    try {
                        return Files.readString(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).filter(text -> text.contains("\nTo: " + email + "\n")).toList();
            } catch (NoSuchFileException e) {
                mails = List.of();
            }
            for (int i = mails.size() - 1; i >= 0; i--) {
                Matcher link = linkPattern.matcher(mails.get(i));
                if (link.find()) {
                    return link.group(1);
                }
            }
            assertThat(System.nanoTime()).as("a verification link mailed to %s within 20 s", email)
                    .isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void email_verification_and_joining_by_invitation() throws IOException {
        SoundportClient owner = owner();
        String inviteeEmail = email("invitee");
        owner.organization().invite(InviteMemberParams.builder().email(inviteeEmail).role(Role.ADMIN).build());
        SoundportClient invitee = SoundportClient.builder().baseUrl(baseUrl).credentials(inviteeEmail, PASSWORD).build();
        invitee.auth().register(RegisterParams.builder().email(inviteeEmail).password(PASSWORD).name("Invitee")
                .organizationName("Invitee Records").build());
        String ownerOrg = owner.organization().retrieve().id();
        LoginParams intoOwnerOrg = LoginParams.builder().email(inviteeEmail).password(PASSWORD).organizationId(ownerOrg)
                .build();
        assertThatThrownBy(() -> invitee.auth().login(intoOwnerOrg)).isInstanceOf(PermissionException.class);

        EmailVerification asked = invitee.auth().requestEmailVerification();
        assertThat(asked.email()).isEqualTo(inviteeEmail);
        assertThat(asked.emailVerified()).isFalse();
        String token = verificationTokenMailedTo(inviteeEmail);
        EmailVerification verified = SoundportClient.builder().baseUrl(baseUrl).credentials("x@example.com", PASSWORD)
                .build().auth().verifyEmail(token);

        assertThat(verified.emailVerified()).isTrue();
        assertThat(invitee.auth().profile().user().emailVerified()).isTrue();
        assertThat(invitee.auth().login(intoOwnerOrg).role()).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> invitee.auth().verifyEmail(token))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.detail("token")).isNotBlank());
    }

    @Test
    void organization_and_members() {
        SoundportClient owner = owner();
        Organization org = owner.organization().retrieve();
        assertThat(org.name()).startsWith("Org of ");

        String inviteeEmail = email("member");
        Member invited = owner.organization().invite(InviteMemberParams.builder().email(inviteeEmail).role(Role.MEMBER)
                .name("Invited").build());
        assertThat(invited.role()).isEqualTo(Role.MEMBER);
        assertThat(owner.organization().retrieveMember(invited.userId()).email()).isEqualTo(inviteeEmail);

        Page<Member> first = owner.organization().listMembers(ListParams.builder().limit(1).build());
        assertThat(first.data()).hasSize(1);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.nextCursor()).isNotBlank();
        assertThat(first.autoPagingStream().map(Member::userId).toList()).hasSize(2).contains(invited.userId());
        assertThat(owner.organization().listMembers().data()).hasSize(2);

        assertThatThrownBy(() -> owner.organization().changeRole(invited.userId(), Role.ADMIN,
                RequestOptions.builder().ifMatch(invited.version() + 7).build()))
                .isInstanceOf(PreconditionFailedException.class);
        Member admin = owner.organization().changeRole(invited.userId(), Role.ADMIN,
                RequestOptions.builder().ifMatch(invited.version()).build());
        assertThat(admin.role()).isEqualTo(Role.ADMIN);

        assertThatThrownBy(() -> owner.organization().invite(InviteMemberParams.builder().email(inviteeEmail)
                .role(Role.VIEWER).build())).isInstanceOf(ConflictException.class);

        owner.organization().removeMember(invited.userId());
        assertThatThrownBy(() -> owner.organization().retrieveMember(invited.userId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void apps_and_api_keys() {
        SoundportClient owner = owner();
        Application app = owner.apps().create(AppCreateParams.builder().name("Ingestion bot").email("ops@example.com")
                .domain("ingest.example.com").build());
        assertThat(owner.apps().retrieve(app.id()).domain()).isEqualTo("ingest.example.com");
        Application renamed = owner.apps().update(app.id(), AppUpdateParams.builder().name("Ingestion bot 2").build(),
                RequestOptions.builder().ifMatch(app.version()).build());
        assertThat(renamed.name()).isEqualTo("Ingestion bot 2");
        assertThat(renamed.email()).isEqualTo("ops@example.com");
        assertThatThrownBy(() -> owner.apps().update(app.id(), AppUpdateParams.builder().name("x").build(),
                RequestOptions.builder().ifMatch(app.version()).build())).isInstanceOf(PreconditionFailedException.class);
        owner.apps().create(AppCreateParams.builder().name("Second").build());
        assertThat(owner.apps().list(ListParams.builder().limit(1).build()).autoPagingStream().count()).isEqualTo(2);
        assertThat(owner.apps().list().data()).hasSize(2);

        IssuedApiKey key = owner.apiKeys().create(app.id(), ApiKeyCreateParams.builder().name("ci")
                .scopes(ApiKeyScope.READ, ApiKeyScope.WRITE).build());
        assertThat(key.key()).isNotBlank();
        assertThat(key.scopes()).containsExactly(ApiKeyScope.READ, ApiKeyScope.WRITE);
        assertThat(key.scopeValues()).containsExactly("read", "write");
        assertThat(key.toString()).doesNotContain(key.key());

        List<ApiKey> keys = owner.apiKeys().list(app.id()).data();
        assertThat(keys).extracting(ApiKey::id).containsExactly(key.id());
        assertThat(keys.get(0).active()).isTrue();
        assertThat(owner.apiKeys().list(app.id(), ListParams.builder().limit(5).build()).hasMore()).isFalse();

        ApiKeyVerification valid = owner.apiKeys().verify(key.key());
        assertThat(valid.valid()).isTrue();
        assertThat(valid.appId()).isEqualTo(app.id());

        owner.apiKeys().revoke(app.id(), key.id());
        assertThat(owner.apiKeys().verify(key.key()).valid()).isFalse();
        SoundportClient revoked = SoundportClient.builder().baseUrl(baseUrl).apiKey(key.key()).build();
        assertThatThrownBy(() -> revoked.releases().list()).isInstanceOf(AuthenticationException.class);

        owner.apps().delete(app.id());
        assertThatThrownBy(() -> owner.apps().retrieve(app.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_read_only_key_that_writes_gets_a_permission_exception() {
        SoundportClient reader = withKey(owner(), ApiKeyScope.READ);
        assertThat(reader.releases().list().data()).isEmpty();
        assertThatThrownBy(() -> reader.releases().create(release("Night Drive").build()))
                .isInstanceOfSatisfying(PermissionException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void artists() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        Artist artist = client.artists().create(ArtistCreateParams.builder().name("The Midnight").build());
        assertThat(client.artists().retrieve(artist.id()).name()).isEqualTo("The Midnight");
        Artist changed = client.artists().update(artist.id(), ArtistUpdateParams.builder()
                .spotifyId("2NFrAuh8RQdQoS7iYFXckw").build(), RequestOptions.builder().ifMatch(artist.version()).build());
        assertThat(changed.spotifyId()).isEqualTo("2NFrAuh8RQdQoS7iYFXckw");
        client.artists().create(ArtistCreateParams.builder().name("Gunship").build());

        assertThat(client.artists().list(ArtistListParams.builder().q("midni").build()).data())
                .extracting(Artist::id).containsExactly(artist.id());
        assertThat(client.artists().list().data()).hasSize(2);

        client.artists().delete(artist.id());
        assertThatThrownBy(() -> client.artists().retrieve(artist.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void live_events_keep_their_offset_filter_by_date_and_follow_their_status_rules() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        LiveEvent june = client.liveEvents().create(LiveEventCreateParams.builder().title("Night Drive live")
                .date(OffsetDateTime.parse("2027-06-12T20:00:00+02:00")).location("Paradiso, Amsterdam")
                .capacity(1500).build());
        LiveEvent july = client.liveEvents().create(LiveEventCreateParams.builder().title("Second night")
                .date(OffsetDateTime.parse("2027-07-01T20:00:00-04:00")).location("Webster Hall, New York").build());
        assertThat(june.date().getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(june.status()).isEqualTo(LiveEventStatus.SCHEDULED);

        assertThat(client.liveEvents().list(LiveEventListParams.builder()
                .from(OffsetDateTime.parse("2027-06-12T20:00:01+02:00")).build()).data())
                .extracting(LiveEvent::id).containsExactly(july.id());
        LiveEvent postponed = client.liveEvents().update(june.id(), LiveEventUpdateParams.builder()
                .status(LiveEventStatus.POSTPONED).build(), RequestOptions.builder().ifMatch(june.version()).build());
        assertThat(client.liveEvents().list(LiveEventListParams.builder().status(LiveEventStatus.POSTPONED).build())
                .data()).extracting(LiveEvent::id).containsExactly(june.id());
        assertThatThrownBy(() -> client.liveEvents().update(june.id(), LiveEventUpdateParams.builder()
                .status(LiveEventStatus.SCHEDULED).build())).isInstanceOf(ConflictException.class);
        LiveEvent moved = client.liveEvents().replace(june.id(), LiveEventCreateParams.builder().title("Night Drive live")
                .date(OffsetDateTime.parse("2027-09-01T20:00:00+02:00")).location("Paradiso, Amsterdam").build(),
                RequestOptions.builder().ifMatch(postponed.version()).build());
        assertThat(moved.status()).isEqualTo(LiveEventStatus.SCHEDULED);
        assertThat(moved.capacity()).isNull();

        client.liveEvents().delete(june.id(), RequestOptions.builder().ifMatch(moved.version()).build());
        assertThatThrownBy(() -> client.liveEvents().retrieve(june.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void releases_ingest_read_edit_submit_and_takedown() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        Release release = client.releases().create(release("Night Drive").upc("036000291452").build());
        assertThat(release.status()).isEqualTo(ReleaseStatus.DRAFT);
        assertThat(release.releaseDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(release.tracks()).extracting(Track::isrc).containsExactly("USRC17607839", "USRC17607840");

        Release read = client.releases().retrieve(release.id());
        assertThat(read.artistName()).isEqualTo("The Midnight");

        assertThatThrownBy(() -> client.releases().update(release.id(), ReleaseUpdateParams.builder().label("Other")
                .build(), RequestOptions.builder().ifMatch(release.version() + 1).build()))
                .isInstanceOf(PreconditionFailedException.class);
        Release edited = client.releases().update(release.id(), ReleaseUpdateParams.builder().label("Other")
                .territories("WORLD").build(), RequestOptions.builder().ifMatch(release.version()).build());
        assertThat(edited.label()).isEqualTo("Other");

        Release submitted = client.releases().submit(release.id(),
                RequestOptions.builder().ifMatch(edited.version()).build());
        assertThat(submitted.status()).isEqualTo(ReleaseStatus.SUBMITTED);
        assertThat(client.releases().list(ReleaseListParams.builder().status(ReleaseStatus.SUBMITTED).build()).data())
                .extracting(ReleaseSummary::id).containsExactly(release.id());
        assertThat(client.releases().list(ReleaseListParams.builder().artistId(release.artistId()).q("night").build())
                .data()).hasSize(1);

        // a release that no partner has yet cannot be taken down
        assertThatThrownBy(() -> client.releases().takedown(release.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.getMessage()).contains("only a release delivered to partners"));
        assertThatThrownBy(() -> client.releases().delete(release.id())).isInstanceOf(ConflictException.class);

        Release draft = client.releases().create(release("To delete").build());
        client.releases().delete(draft.id());
        assertThatThrownBy(() -> client.releases().retrieve(draft.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_update_names_the_artist_by_name_and_clears_optional_fields() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        Release release = client.releases().create(release("Clearable").upc("036000291452").genre("Synthwave")
                .build());

        Release edited = client.releases().update(release.id(), ReleaseUpdateParams.builder().artistName("FM-84")
                .clearUpc().clearGenre().label("Kept").build());

        assertThat(edited.artistName()).isEqualTo("FM-84");
        assertThat(edited.artistId()).isNotEqualTo(release.artistId());
        assertThat(edited.upc()).isNull();
        assertThat(edited.genre()).isNull();
        assertThat(edited.label()).isEqualTo("Kept");
        assertThat(edited.releaseDate()).as("not named, kept").isEqualTo(release.releaseDate());
        assertThat(client.releases().update(release.id(), ReleaseUpdateParams.builder().clearReleaseDate().build())
                .releaseDate()).isNull();
    }

    @Test
    void a_bad_upc_and_a_bad_isrc_are_a_validation_exception_naming_both_fields() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        assertThatThrownBy(() -> client.releases().create(ReleaseCreateParams.builder().title("Bad").artistName("X")
                .upc("036000291453")
                .tracks(TrackParams.builder().title("A").isrc("nope").durationMs(200_000L).build()).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
                    assertThat(e.detail("upc")).contains("check digit");
                    assertThat(e.detail("tracks[0].isrc")).isNotBlank();
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void unknown_ids_are_not_found() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        assertThatThrownBy(() -> client.releases().retrieve("rel_doesnotexist")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.tracks().retrieve("trk_doesnotexist")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.artists().delete("art_doesnotexist")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_same_idempotency_key_creates_once_and_replays_the_first_answer() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        RequestOptions once = RequestOptions.builder().idempotencyKey("night-drive-" + UUID.randomUUID()).build();
        Release first = client.releases().create(release("Night Drive").build(), once);
        Release again = client.releases().create(release("Night Drive").build(), once);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(client.releases().list().data()).hasSize(1);
        assertThatThrownBy(() -> client.releases().create(release("Another body").build(), once))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void releases_page_lazily_across_pages() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        for (int i = 1; i <= 5; i++) {
            client.releases().create(release("Album " + i).build());
        }
        Page<ReleaseSummary> first = client.releases().list(ReleaseListParams.builder().limit(2).build());
        assertThat(first.data()).extracting(ReleaseSummary::title).containsExactly("Album 5", "Album 4");
        assertThat(first.hasMore()).isTrue();
        assertThat(first.nextPage().data()).extracting(ReleaseSummary::title).containsExactly("Album 3", "Album 2");

        List<String> all = new ArrayList<>();
        first.autoPagingIterable().forEach(r -> all.add(r.title()));
        assertThat(all).containsExactly("Album 5", "Album 4", "Album 3", "Album 2", "Album 1");
        assertThat(first.autoPagingStream().limit(3).map(ReleaseSummary::title).toList())
                .containsExactly("Album 5", "Album 4", "Album 3");
        Page<ReleaseSummary> last = client.releases().list(ReleaseListParams.builder().limit(2)
                .cursor(first.nextPage().nextCursor()).build());
        assertThat(last.data()).extracting(ReleaseSummary::title).containsExactly("Album 1");
        assertThat(last.hasMore()).isFalse();
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void tracks() {
        SoundportClient client = withKey(owner(), ApiKeyScope.WRITE);
        Release release = client.releases().create(release("Night Drive").build());
        Track added = client.tracks().create(TrackCreateParams.builder().title("Bonus").isrc("USRC17607841")
                .durationMs(180_000L).position(3).releaseId(release.id()).build());
        assertThat(added.artistId()).isEqualTo(release.artistId());
        assertThat(client.tracks().retrieve(added.id()).title()).isEqualTo("Bonus");

        assertThatThrownBy(() -> client.tracks().create(TrackCreateParams.builder().title("Clash").durationMs(180_000L)
                .position(3).releaseId(release.id()).build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.detail("position")).isNotBlank());

        Track edited = client.tracks().update(added.id(), TrackUpdateParams.builder().explicit(true).build(),
                RequestOptions.builder().ifMatch(added.version()).build());
        assertThat(edited.explicit()).isTrue();
        assertThat(client.tracks().list(TrackListParams.builder().releaseId(release.id()).build()).data()).hasSize(3);
        assertThat(client.tracks().list(TrackListParams.builder().isrc("USRC17607841").build()).data())
                .extracting(Track::id).containsExactly(added.id());
        assertThat(client.tracks().list().autoPagingStream().count()).isEqualTo(3);

        client.tracks().delete(added.id());
        assertThatThrownBy(() -> client.tracks().retrieve(added.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void webhooks() throws Exception {
        SoundportClient owner = owner();
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        String url = "http://127.0.0.1:" + receiver.port() + path;

        // event types
        List<EventType> types = owner.webhooks().eventTypes();
        assertThat(types).extracting(EventType::type).contains(Event.Type.RELEASE_CREATED, Event.Type.WEBHOOK_TEST);
        assertThat(types).allSatisfy(t -> assertThat(t.description()).isNotBlank());

        // create, retrieve, list
        WebhookEndpointWithSecret created = owner.webhooks().create(WebhookCreateParams.builder().url(url)
                .events("release.created", "artist.created").description("Ops receiver").build());
        assertThat(created.id()).isNotBlank();
        assertThat(created.secret()).startsWith("whsec_");
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(created.url()).isEqualTo(url);
        assertThat(created.events()).containsExactlyInAnyOrder("release.created", "artist.created");
        assertThat(created.active()).isTrue();
        assertThat(created.previousSecretExpiresAt()).isNull();

        WebhookEndpoint read = owner.webhooks().retrieve(created.id());
        assertThat(read.id()).isEqualTo(created.id());
        assertThat(read.url()).isEqualTo(url);
        assertThat(read.events()).containsExactlyInAnyOrderElementsOf(created.events());
        assertThat(read.description()).isEqualTo("Ops receiver");
        assertThat(read.active()).isTrue();
        assertThat(read.disabledReason()).isNull();
        assertThat(read.consecutiveFailures()).isZero();
        assertThat(read.version()).isEqualTo(created.version());
        assertThat(read.createdAt()).isEqualTo(created.createdAt());

        WebhookEndpointWithSecret second = owner.webhooks().create(WebhookCreateParams.builder()
                .url(url + "/second").allEvents().build());
        Page<WebhookEndpoint> firstPage = owner.webhooks().list(ListParams.builder().limit(1).build());
        assertThat(firstPage.data()).hasSize(1);
        assertThat(firstPage.hasMore()).isTrue();
        assertThat(firstPage.autoPagingStream().map(WebhookEndpoint::id).toList())
                .containsExactlyInAnyOrder(created.id(), second.id());
        assertThat(owner.webhooks().list().data()).hasSize(2);

        // update with If-Match, then a stale If-Match
        WebhookEndpoint updated = owner.webhooks().update(created.id(), WebhookUpdateParams.builder()
                .description("Ops receiver, renamed").build(), RequestOptions.builder().ifMatch(created.version()).build());
        assertThat(updated.description()).isEqualTo("Ops receiver, renamed");
        assertThat(updated.url()).isEqualTo(url);
        assertThat(updated.version()).isNotEqualTo(created.version());
        assertThatThrownBy(() -> owner.webhooks().update(created.id(), WebhookUpdateParams.builder()
                .description("stale").build(), RequestOptions.builder().ifMatch(created.version()).build()))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.status()).isEqualTo(412));
        assertThat(owner.webhooks().retrieve(created.id()).description()).isEqualTo("Ops receiver, renamed");

        // the SSRF guard: a private address is refused, naming the field
        assertThatThrownBy(() -> owner.webhooks().create(WebhookCreateParams.builder().url("https://10.0.0.1/hook")
                .events("release.created").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.detail("url")).isNotBlank());

        // rotate the secret
        WebhookEndpointWithSecret rotated = owner.webhooks().rotateSecret(created.id());
        assertThat(rotated.id()).isEqualTo(created.id());
        assertThat(rotated.secret()).startsWith("whsec_").isNotEqualTo(created.secret());
        assertThat(rotated.previousSecretExpiresAt()).isAfter(Instant.now());
        assertThat(owner.webhooks().retrieve(created.id()).previousSecretExpiresAt())
                .isEqualTo(rotated.previousSecretExpiresAt());

        // a test event, delivered and signed with the current secret
        WebhookMessage queued = owner.webhooks().test(created.id());
        assertThat(queued.eventType()).isEqualTo(Event.Type.WEBHOOK_TEST);
        assertThat(queued.endpointId()).isEqualTo(created.id());
        WebhookMessage delivered = awaitMessage(owner, created.id(), queued.id(),
                m -> m.status() == WebhookMessageStatus.SUCCEEDED);
        assertThat(delivered.attempts()).hasSize(1);
        assertThat(delivered.attempts().get(0).statusCode()).isBetween(200, 299);
        assertThat(delivered.payload()).containsEntry("type", "webhook.test");
        assertThat(owner.webhooks().listMessages(created.id()).data()).extracting(WebhookMessage::id)
                .contains(queued.id());
        assertThat(owner.webhooks().listMessages(created.id(), ListParams.builder().limit(1).build())
                .autoPagingStream().map(WebhookMessage::id).toList()).contains(queued.id());

        LoggedRequest request = awaitRequests(path, 1).get(0);
        assertThat(request.getHeader("webhook-id")).isEqualTo(queued.id());
        Map<String, String> headers = Map.of("webhook-id", request.getHeader("webhook-id"),
                "webhook-timestamp", request.getHeader("webhook-timestamp"),
                "webhook-signature", request.getHeader("webhook-signature"));
        Webhooks.verify(request.getBodyAsString(), headers, rotated.secret());
        // during the overlap the previous secret signs alongside the current one
        Webhooks.verify(request.getBodyAsString(), headers, created.secret());
        assertThatThrownBy(() -> Webhooks.verify(request.getBodyAsString(), headers,
                "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24])))
                .isInstanceOf(io.soundport.sdk.exception.WebhookVerificationException.class);

        // replay the finished message: PENDING, then SUCCEEDED again with a second attempt
        WebhookMessage replaying = owner.webhooks().replayMessage(created.id(), queued.id());
        assertThat(replaying.id()).isEqualTo(queued.id());
        assertThat(replaying.status()).isEqualTo(WebhookMessageStatus.PENDING);
        WebhookMessage replayed = awaitMessage(owner, created.id(), queued.id(),
                m -> m.status() == WebhookMessageStatus.SUCCEEDED && m.attempts().size() == 2);
        assertThat(replayed.attempts()).allSatisfy(a -> assertThat(a.statusCode()).isBetween(200, 299));
        List<LoggedRequest> both = awaitRequests(path, 2);
        assertThat(both).extracting(r -> r.getHeader("webhook-id")).containsOnly(queued.id());
        assertThat(both.get(1).getBodyAsString()).isEqualTo(both.get(0).getBodyAsString());

        // delete
        owner.webhooks().delete(created.id());
        assertThatThrownBy(() -> owner.webhooks().retrieve(created.id())).isInstanceOf(NotFoundException.class);
        assertThat(owner.webhooks().list().data()).extracting(WebhookEndpoint::id).containsExactly(second.id());
    }

    private static WebhookMessage awaitMessage(SoundportClient client, String endpointId, String messageId,
                                               Predicate<WebhookMessage> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        WebhookMessage last = null;
        while (System.nanoTime() < deadline) {
            last = client.webhooks().retrieveMessage(endpointId, messageId);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the message did not get there in 10 s; last seen: " + last);
    }

    private static List<LoggedRequest> awaitRequests(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo(path)));
            if (requests.size() >= count) {
                return requests;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " did not receive " + count + " request(s) in 10 s");
    }
}
