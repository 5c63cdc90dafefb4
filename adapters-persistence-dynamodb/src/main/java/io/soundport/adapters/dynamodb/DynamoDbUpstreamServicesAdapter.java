package io.soundport.adapters.dynamodb;

import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.platform.UpstreamServices;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An upstream service is {@code PLATFORM / SERVICE#<name>} in the entities table: the registry is platform-wide,
 * small, and read whole in name order from that one partition.
 */
final class DynamoDbUpstreamServicesAdapter implements UpstreamServices {
    private static final String PARTITION = "PLATFORM";
    private static final String SERVICE = "SERVICE#";
    private static final String RESOURCE = "Service";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbUpstreamServicesAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(ServiceName name) {
        return Keys.key(PARTITION, SERVICE + name.value());
    }

    @Override
    public void add(UpstreamService s) {
        Map<String, AttributeValue> item = new Attrs.Item()
                .put(Keys.PK, PARTITION)
                .put(Keys.SK, SERVICE + s.name().value())
                .put("name", s.name().value())
                .put("instances", Attrs.list(s.instances()))
                .put("healthPath", s.healthPath())
                .put("healthIntervalMs", s.healthInterval().toMillis())
                .put("createdAt", s.createdAt())
                .build();
        db.write(Write.put(table, item, Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists(RESOURCE, s.name().value())));
    }

    @Override
    public Optional<UpstreamService> find(ServiceName name) {
        return Optional.ofNullable(db.get(table, key(name))).map(DynamoDbUpstreamServicesAdapter::read);
    }

    @Override
    public List<UpstreamService> all() {
        return KeysetQuery.onTable(table, PARTITION, SERVICE).all(db, true).stream()
                .map(DynamoDbUpstreamServicesAdapter::read)
                .toList();
    }

    @Override
    public boolean remove(ServiceName name) {
        if (find(name).isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(name), Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.staleOrMissing(RESOURCE, name.value())));
        return true;
    }

    private static UpstreamService read(Map<String, AttributeValue> item) {
        return new UpstreamService(ServiceName.of(Attrs.required(item, "name")), Attrs.strings(item, "instances"),
                Attrs.required(item, "healthPath"), Duration.ofMillis(Attrs.num(item, "healthIntervalMs")),
                Attrs.instant(item, "createdAt"));
    }
}
