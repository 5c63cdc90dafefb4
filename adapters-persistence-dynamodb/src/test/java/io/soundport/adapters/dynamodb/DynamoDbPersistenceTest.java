package io.soundport.adapters.dynamodb;

import io.soundport.contracts.Fixtures;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseFilter;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Tier;
import io.soundport.domain.port.IdempotencyStore.Claim;
import io.soundport.domain.port.IdempotencyStore.RecordedOutcome;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.shared.FieldError;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.PublishedEvent;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What only the DynamoDB adapters can get wrong: tables, large units of work, error translation. */
class DynamoDbPersistenceTest {

    @Test
    void creates_the_tables_and_indexes_under_the_prefix_and_finds_them_on_the_next_start() {
        String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";

        DynamoDbPersistence first = DynamoDbPersistence.start(TestDynamo.client(), prefix);

        assertThat(TestDynamo.client().listTables().tableNames())
                .contains(prefix + "entities", prefix + "outbox", prefix + "idempotency", prefix + "jobs",
                        prefix + "webhook_messages", prefix + "deliveries", prefix + "workflow_executions",
                        prefix + "rate_limits", prefix + "audit_log", prefix + "notifications");
        assertThat(TestDynamo.client().describeTimeToLive(r -> r.tableName(prefix + "rate_limits"))
                .timeToLiveDescription()).satisfies(ttl -> {
                    assertThat(ttl.attributeName()).isEqualTo("ttl");
                    assertThat(ttl.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
                });
        TableDescription entities = TestDynamo.client().describeTable(r -> r.tableName(prefix + "entities")).table();
        assertThat(entities.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(entities.localSecondaryIndexes()).extracting(LocalSecondaryIndexDescription::indexName)
                .containsExactlyInAnyOrder("lsi1", "lsi2", "lsi3");
        assertThat(entities.globalSecondaryIndexes()).singleElement().satisfies(gsi -> {
            assertThat(gsi.indexName()).isEqualTo("gsi1");
            assertThat(gsi.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        });
        TableDescription jobs = TestDynamo.client().describeTable(r -> r.tableName(prefix + "jobs")).table();
        assertThat(jobs.globalSecondaryIndexes()).singleElement().satisfies(gsi -> {
            assertThat(gsi.indexName()).isEqualTo("due");
            assertThat(gsi.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        });
        assertThat(first.isReachable()).isTrue();

        DynamoDbPersistence again = DynamoDbPersistence.start(TestDynamo.client(), prefix);
        Organization org = Fixtures.organization();
        again.organizations().add(org);
        assertThat(first.organizations().find(org.id())).contains(org);
    }

    @Test
    void a_start_on_tables_declared_as_defined_only_describes_them() {
        // what SAM and CDK deployments rely on: their IAM policy grants no CreateTable, UpdateTable or UpdateTimeToLive
        String prefix = "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
        DynamoDbPersistence.start(TestDynamo.client(), prefix);
        List<String> calls = new CopyOnWriteArrayList<>();
        DynamoDbClient recording = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[]{DynamoDbClient.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    try {
                        return method.invoke(TestDynamo.client(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        DynamoDbPersistence.start(recording, prefix);

        assertThat(calls).isNotEmpty().allMatch(c -> c.equals("describeTable") || c.equals("describeTimeToLive"));
        assertThat(DynamoDbPersistence.tableDefinitions(prefix)).extracting(CreateTableRequest::tableName)
                .hasSize(10).allSatisfy(name -> assertThat(TestDynamo.client().describeTable(r -> r.tableName(name))
                        .table().tableStatus()).isEqualTo(TableStatus.ACTIVE));
        assertThat(DynamoDbPersistence.timeToLiveAttributes(prefix)).containsOnly(
                Map.entry(prefix + "rate_limits", "ttl"), Map.entry(prefix + "entities", "ttl"));
    }

    @Test
    void uses_the_default_prefix_when_none_is_given_and_refuses_names_dynamodb_would_refuse() {
        assertThat(DynamoDbTables.withPrefix(null).entities()).isEqualTo("soundport_entities");
        assertThatThrownBy(() -> DynamoDbTables.withPrefix("bad prefix!"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_unit_of_work_of_more_than_100_writes_commits_in_chunks_with_the_events_last() {
        LargeIngestion ingestion = LargeIngestion.prepared();
        RecordingDynamoDbClient client = ingestion.client();
        DynamoDbPersistence db = ingestion.db();
        Organization org = ingestion.org();
        Artist artist = ingestion.artist();
        Release release = ingestion.release();
        List<Track> tracks = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            tracks.add(Fixtures.track(org, release, artist, i));
        }
        PublishedEvent created = Fixtures.event(org);

        db.transactions().run(() -> {
            db.releases().add(release);
            db.outbox().append(created);
            tracks.forEach(db.tracks()::add);
        });

        assertThat(db.tracks().ofRelease(org.id(), release.id())).containsExactlyElementsOf(tracks);
        assertThat(db.releases().find(org.id(), release.id())).contains(release);
        // the release, its UPC guard, 150 tracks and the event
        assertChunkedWithEventLast(client.transactions, 153, db.tables().outbox());
        assertThat(pendingOf(db, org)).containsExactly(created);

        client.transactions.clear();
        PublishedEvent deleted = Fixtures.event(org);
        int[] removed = new int[1];
        db.transactions().run(() -> {
            removed[0] = db.tracks().removeOfRelease(org.id(), release.id());
            db.releases().remove(org.id(), release.id());
            db.outbox().append(deleted);
        });

        assertThat(removed[0]).isEqualTo(150);
        assertThat(db.tracks().ofRelease(org.id(), release.id())).isEmpty();
        assertThat(db.releases().find(org.id(), release.id())).isEmpty();
        // the release, its UPC guard, 150 tracks and the event
        assertChunkedWithEventLast(client.transactions, 153, db.tables().outbox());
        db.outbox().markDispatched(List.of(created.id(), deleted.id()));
    }

    @Test
    void a_unit_of_work_of_more_than_100_writes_whose_idempotency_claim_was_lost_writes_nothing() {
        LargeIngestion ingestion = LargeIngestion.prepared();
        DynamoDbPersistence db = ingestion.db();
        Instant now = ingestion.now();
        String lost = ingestion.claim("fp-1", now);
        assertThat(db.idempotency().claim(ingestion.scope(), "key-1", "fp-2", now.plusSeconds(10), now.plusSeconds(20)))
                .isInstanceOf(Claim.Claimed.class);

        expect(ErrorCode.CONFLICT, () -> ingestion.runAnswering(lost));

        assertThat(db.releases().find(ingestion.org().id(), ingestion.release().id())).isEmpty();
        assertThat(db.tracks().ofRelease(ingestion.org().id(), ingestion.release().id())).isEmpty();
        assertThat(db.idempotency().find(ingestion.scope(), "key-1")).contains(new Claim.InProgress("fp-2"));
    }

    @Test
    void a_unit_of_work_of_more_than_100_writes_keeps_its_idempotency_outcome_for_the_last_call() {
        LargeIngestion ingestion = LargeIngestion.prepared();
        DynamoDbPersistence db = ingestion.db();
        RecordingDynamoDbClient client = ingestion.client();

        ingestion.runAnswering(ingestion.claim("fp-1", ingestion.now()));

        assertThat(db.tracks().ofRelease(ingestion.org().id(), ingestion.release().id())).hasSize(150);
        assertThat(db.idempotency().find(ingestion.scope(), "key-1")).containsInstanceOf(Claim.Completed.class);
        String idempotency = db.tables().idempotency();
        List<TransactWriteItem> last = client.transactions.get(client.transactions.size() - 1).transactItems();
        assertThat(last.stream().filter(item -> item.update() != null).map(item -> item.update().tableName()))
                .containsExactly(idempotency);
        // every earlier call checks that the claim is still held, so that a lost one stops the rest at once
        assertThat(client.transactions.subList(0, client.transactions.size() - 1)).isNotEmpty().allSatisfy(call -> {
            assertThat(call.transactItems()).hasSizeLessThanOrEqualTo(100);
            assertThat(call.transactItems().stream().filter(item -> item.conditionCheck() != null)
                    .map(item -> item.conditionCheck().tableName())).containsExactly(idempotency);
        });
    }

    /** A release of 150 tracks (more than one TransactWriteItems call) written under the idempotency key key-1. */
    private record LargeIngestion(RecordingDynamoDbClient client, DynamoDbPersistence db, Organization org,
                                  Artist artist, Release release, String scope, Instant now) {
        static LargeIngestion prepared() {
            RecordingDynamoDbClient client = new RecordingDynamoDbClient(TestDynamo.client());
            DynamoDbPersistence db = new DynamoDbPersistence(client, TestDynamo.persistence().tables());
            Organization org = Fixtures.organization();
            db.organizations().add(org);
            Artist artist = Fixtures.artist(org);
            db.artists().add(artist);
            return new LargeIngestion(client, db, org, artist, Fixtures.release(org, artist),
                    org.id().value() + "/usr_1", Instant.now());
        }

        /** Claims key-1 for a request with this fingerprint; the claim's token. */
        String claim(String fingerprint, Instant at) {
            return ((Claim.Claimed) db.idempotency().claim(scope, "key-1", fingerprint, at, at.plusSeconds(10)))
                    .token();
        }

        /** The release, its tracks and the answer of key-1 under {@code token}, in one unit of work. */
        void runAnswering(String token) {
            db.transactions().run(() -> {
                db.releases().add(release);
                for (int i = 1; i <= 150; i++) {
                    db.tracks().add(Fixtures.track(org, release, artist, i));
                }
                db.idempotency().complete(scope, "key-1", token, new RecordedOutcome(null, Map.of()),
                        now.plusSeconds(60));
            });
        }
    }

    private static void assertChunkedWithEventLast(List<TransactWriteItemsRequest> calls, int actions, String outbox) {
        assertThat(calls).hasSizeGreaterThan(1);
        assertThat(calls).allSatisfy(call -> assertThat(call.transactItems()).hasSizeLessThanOrEqualTo(100));
        assertThat(calls.stream().mapToInt(call -> call.transactItems().size()).sum()).isEqualTo(actions);
        List<TransactWriteItem> last = calls.get(calls.size() - 1).transactItems();
        assertThat(last.get(last.size() - 1).put().tableName()).isEqualTo(outbox);
        calls.subList(0, calls.size() - 1).forEach(call -> assertThat(call.transactItems())
                .noneMatch(item -> item.put() != null && item.put().tableName().equals(outbox)));
    }

    private static List<PublishedEvent> pendingOf(DynamoDbPersistence db, Organization org) {
        return db.outbox().pending(1_000).stream().filter(e -> e.organizationId().equals(org.id().value())).toList();
    }

    @Test
    void a_failed_condition_in_a_unit_of_work_names_the_field_and_writes_nothing() {
        DynamoDbPersistence db = TestDynamo.persistence();
        Organization org = Fixtures.organization();
        db.organizations().add(org);
        Artist artist = Fixtures.artist(org);
        db.artists().add(artist);
        Release taken = Fixtures.release(org, artist);
        db.releases().add(taken);
        Release clash = new Release(Fixtures.release(org, artist).id(), org.id(), "Clash", artist.id(), taken.upc(),
                null, null, null, null, taken.status(), Fixtures.instant(), Fixtures.instant(), 1);
        Artist newcomer = Fixtures.artist(org);

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.artists().add(newcomer);
            db.releases().add(clash);
        })).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
            assertThat(e.details()).extracting(FieldError::field).containsExactly("upc");
        });
        assertThat(db.artists().find(org.id(), newcomer.id())).isEmpty();

        Organization stale = org.withTier(Tier.ENTERPRISE, Fixtures.instant());
        db.organizations().update(stale);
        expect(ErrorCode.PRECONDITION_FAILED, () -> db.transactions().run(() -> {
            db.artists().add(newcomer);
            db.organizations().update(stale);
        }));
        assertThat(db.artists().find(org.id(), newcomer.id())).isEmpty();
    }

    @Test
    void a_cursor_naming_no_item_still_pages_by_its_position() {
        DynamoDbPersistence db = TestDynamo.persistence();
        Organization org = Fixtures.organization();
        db.organizations().add(org);
        Artist artist = Fixtures.artist(org);
        db.artists().add(artist);
        Release release = Fixtures.release(org, artist);
        db.releases().add(release);

        Cursor before = new Cursor(release.createdAt(), "zzz#\u0000 not an id");
        Cursor after = new Cursor(Instant.EPOCH, "rel_0");

        assertThat(db.releases().list(org.id(), ReleaseFilter.ALL, new PageRequest(5, before)).items())
                .containsExactly(release);
        assertThat(db.releases().list(org.id(), ReleaseFilter.ALL, new PageRequest(5, after)).items()).isEmpty();
    }

    @Test
    void throttling_and_an_unreachable_service_are_service_unavailable() {
        DynamoDbPersistence db = new DynamoDbPersistence(new ThrottlingDynamoDbClient(),
                DynamoDbTables.withPrefix("throttled_"));
        Organization org = Fixtures.organization();
        Artist artist = Fixtures.artist(org);

        expect(ErrorCode.SERVICE_UNAVAILABLE, () -> db.organizations().find(org.id()));
        expect(ErrorCode.SERVICE_UNAVAILABLE, () -> db.organizations().add(org));
        expect(ErrorCode.SERVICE_UNAVAILABLE, () -> db.apiKeys().touch(
                io.soundport.domain.identity.ApiKeyId.of(Fixtures.id("key")), Instant.now()));
        expect(ErrorCode.SERVICE_UNAVAILABLE, () -> db.transactions().run(() -> {
            db.organizations().add(org);
            db.artists().add(artist);
        }));
        expect(ErrorCode.SERVICE_UNAVAILABLE, () -> db.artists().list(org.id(), null, PageRequest.first(10)));
        expect(ErrorCode.SERVICE_UNAVAILABLE, () -> db.tracks().find(OrganizationId.of(Fixtures.id("org")),
                TrackId.of(Fixtures.id("trk"))));
        assertThat(db.isReachable()).isFalse();
    }

    private static void expect(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
