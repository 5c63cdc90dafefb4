package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import io.soundport.bootstrap.DynamoDbLocal;
import io.soundport.bootstrap.SharedPostgres;
import io.soundport.contracts.MediaSamples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real server in-process on a free port, one per test class, with in-memory persistence (or the one named
 * by the system property {@code soundport.test.persistence}: the build runs the suite again on PostgreSQL, a
 * database of its own per class in the JVM's {@link SharedPostgres}, and on DynamoDB Local); and builds the data
 * tests start from. Every test registers its own organization, so tests do not depend on each other.
 */
abstract class RestTest {
    static final String JWT_SECRET = "rest-tests-secret-rest-tests-secret-0123456789";
    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static EmbeddedServer server;
    /** The server's data directory ({@code soundport.data-dir}); the local mailbox is its {@code mailbox/}. */
    static Path dataDir;
    /** Anonymous. */
    static Api api;

    /** Server properties a test class adds to the ones above or changes, each {@code name=value}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface ServerProperties {
        String[] value();
    }

    /**
     * Server properties a test class computes when the server starts (the address of a stand-in it started): the
     * supplier is made once per class, and its properties go in after {@link ServerProperties}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface ServerPropertiesFrom {
        Class<? extends Supplier<Map<String, String>>> value();
    }

    @BeforeAll
    static void startServer(@TempDir Path tempDir, TestInfo test) {
        dataDir = tempDir;
        String persistence = System.getProperty("soundport.test.persistence", "memory");
        Map<String, Object> properties = new HashMap<>(Map.of(
                "soundport.persistence", persistence,
                "micronaut.server.port", -1,
                "soundport.jwt.secret", JWT_SECRET,
                "soundport.security.bcrypt-cost", 10,
                "soundport.data-dir", dataDir.toString(),
                // a public-looking host that tests register without DNS; loopback and private hosts stay refused
                "soundport.outbound.allowed-hosts", "hooks.example.com",
                "soundport.workers.poll-interval", "50ms"));
        if (persistence.equals("postgres")) {
            properties.put("soundport.database.url", SharedPostgres.freshDatabase());
            properties.put("soundport.database.user", SharedPostgres.USER);
        }
        if (persistence.equals("dynamodb")) {
            properties.put("soundport.dynamodb.endpoint", DynamoDbLocal.endpoint());
            properties.put("soundport.dynamodb.table-prefix", "rest_" + SEQUENCE.incrementAndGet() + "_");
        }
        test.getTestClass().map(c -> c.getAnnotation(ServerProperties.class)).ifPresent(extra -> {
            for (String property : extra.value()) {
                int eq = property.indexOf('=');
                properties.put(property.substring(0, eq), property.substring(eq + 1));
            }
        });
        test.getTestClass().map(c -> c.getAnnotation(ServerPropertiesFrom.class)).ifPresent(from -> {
            try {
                properties.putAll(from.value().getDeclaredConstructor().newInstance().get());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make " + from.value().getName(), e);
            }
        });
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        api = new Api(server.getURI());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The account, its Meta connected through the sandbox (which approves at once: its page is our callback). */
    static Account connectedToMeta(Account account) {
        URI back = URI.create(account.api().get("/auth/meta/connect").expect(200).text("authorization_url"));
        api.get(back.getRawPath() + "?" + back.getRawQuery()).expect(200);
        return account;
    }

    /** A signed-in person and the organization they own (or joined). */
    record Account(String email, String userId, String organizationId, String accessToken, String refreshToken,
                   Api api) {
    }

    /** The notification once the worker is done with it (SENT or FAILED), read for at most 20 seconds. */
    static JsonNode awaitNotification(Account account, String id) {
        return await(() -> account.api().get("/notifications/" + id).expect(200).json(),
                n -> !n.path("status").asText().equals("QUEUED"));
    }

    /** What {@code read} gives once {@code done} holds, read every 50 ms for at most 20 seconds. */
    static JsonNode await(Supplier<JsonNode> read, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode last = read.get();
        while (!done.test(last)) {
            assertThat(Instant.now()).as("waiting for %s", last).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = read.get();
        }
        return last;
    }

    /** A file of the test resources, as UTF-8 text (a recorded answer of an outside service). */
    static String testResource(String path) {
        try (InputStream in = RestTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String uniqueEmail(String who) {
        return who + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com";
    }

    /** Registers a new user with a new organization they own. */
    static Account register() {
        return register(uniqueEmail("owner"));
    }

    static Account register(String email) {
        Api.Response r = api.post("/auth/register", obj("email", email, "password", PASSWORD, "name", "Ada Owner",
                "organization_name", "Org of " + email)).expect(201);
        return account(r, email);
    }

    static Account login(String email, String organizationId) {
        Api.Response r = api.post("/auth/login", obj("email", email, "password", PASSWORD,
                "organization_id", organizationId)).expect(200);
        return account(r, email);
    }

    private static Account account(Api.Response r, String email) {
        JsonNode json = r.json();
        String access = json.path("access_token").asText();
        return new Account(email, json.path("user").path("id").asText(), json.path("organization").path("id").asText(),
                access, json.path("refresh_token").asText(), api.as(access));
    }

    /**
     * Invites a new person into the owner's organization with this role; they register with the invited e-mail
     * (which takes up the invited account), open the verification link mailed to it, and sign in to the inviting
     * organization.
     */
    static Account member(Account owner, String role) {
        String email = uniqueEmail(role.toLowerCase());
        owner.api().post("/organization/members", obj("email", email, "role", role, "name", "Invited")).expect(201);
        register(email);
        api.get("/auth/verify-email/" + Mailbox.verificationToken(dataDir, email)).expect(200);
        Account joined = login(email, owner.organizationId());
        assertThat(joined.organizationId()).isEqualTo(owner.organizationId());
        return joined;
    }

    static String createApp(Account owner) {
        return owner.api().post("/apps", obj("name", "Partner app", "email", "partner@example.com",
                "domain", "partner.example.com")).expect(201).id();
    }

    /** A new API key of a new application of the owner's organization; the key in clear. */
    static String createKey(Account owner, String... scopes) {
        String app = createApp(owner);
        return owner.api().post("/apps/" + app + "/api-keys", obj("name", "key", "scopes", List.of(scopes)))
                .expect(201).text("key");
    }

    static String createArtist(Account owner, String name) {
        return owner.api().post("/artists", obj("name", name)).expect(201).id();
    }

    static Map<String, Object> track(String title, String isrc, int position) {
        return obj("title", title, "isrc", isrc, "duration_ms", 215000, "explicit", false, "position", position);
    }

    /** A release body that ingests: two valid tracks, a release date, no UPC unless given. */
    static Map<String, Object> releaseBody(String title, String artistId) {
        return obj("title", title, "artist_id", artistId, "label", "Label", "release_date", "2027-03-05",
                "genre", "Electronic", "territories", List.of("WORLD"),
                "tracks", List.of(track("First", "US-RC1-76-07839", 1), track("Second", "GBAYE0601498", 2)));
    }

    /** What a delivery needs of the organization: its DDEX Party ID, the sender of its ERN messages. */
    static void ddexReady(Account owner) {
        owner.api().patch("/organization", obj("dpid", "PADPIDA2014120301A")).expect(200);
    }

    /** A short WAV for a track's audio. */
    static final byte[] AUDIO = MediaSamples.wav(8_000, 1, 500);
    /** The smallest cover a release may have. */
    static final byte[] COVER = MediaSamples.png(1400, 1400);

    /**
     * What a delivery needs of a DRAFT release beyond a UPC and ISRCs: label, genre, ℗ and © lines, the audio of
     * every track ({@link #AUDIO}) and the artwork ({@link #COVER}).
     */
    static void deliveryReady(Account owner, String release) {
        owner.api().patch("/releases/" + release, obj("label", "Midnight Records", "genre", "Synthwave",
                "p_line", obj("year", 2027, "owner", "Midnight Records"),
                "c_line", obj("year", 2027, "owner", "Midnight Records"))).expect(200);
        for (JsonNode track : owner.api().get("/releases/" + release).expect(200).json().path("tracks")) {
            owner.api().send("PUT", "/tracks/" + track.path("id").asText() + "/audio", AUDIO, "audio/wav")
                    .expect(200);
        }
        owner.api().send("PUT", "/releases/" + release + "/artwork", COVER, "image/png").expect(200);
    }

    /**
     * A SUBMITTED release of one track ("Sunset"), UPC 036000291452, ready for a DDEX delivery from a ready
     * organization ({@link #ddexReady}, {@link #deliveryReady}).
     */
    static String submittedDeliverableRelease(Account owner) {
        String release = owner.api().post("/releases", obj("title", "Night Drive", "artist_name", "The Midnight",
                "upc", "036000291452", "release_date", "2027-02-05", "territories", List.of("US", "GB"),
                "tracks", List.of(obj("title", "Sunset", "isrc", "US-RC1-76-07839", "duration_ms", 215000)))).expect(201)
                .id();
        ddexReady(owner);
        deliveryReady(owner, release);
        owner.api().post("/releases/" + release + "/submit", null).expect(200);
        return release;
    }

    static String ingest(Account owner, String title) {
        String artist = createArtist(owner, "Artist of " + title);
        return owner.api().post("/releases", releaseBody(title, artist)).expect(201).id();
    }
}
