package io.soundport.adapters.postgres;

import io.soundport.domain.platform.ServiceName;
import io.soundport.domain.platform.UpstreamService;
import io.soundport.domain.platform.UpstreamServices;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The upstream services, their instance URLs in a text[] that keeps their order. */
final class PostgresUpstreamServicesAdapter implements UpstreamServices {
    private static final RowMapper<UpstreamService> MAPPER = (rs, ctx) -> {
        List<String> instances = new ArrayList<>();
        for (Object url : (Object[]) rs.getArray("instances").getArray()) {
            instances.add((String) url);
        }
        return new UpstreamService(ServiceName.of(rs.getString("name")), instances, rs.getString("health_path"),
                Duration.ofMillis(rs.getLong("health_interval_ms")), Sql.instant(rs, "created_at"));
    };

    private final JdbiTransactionRunner db;

    PostgresUpstreamServicesAdapter(JdbiTransactionRunner db) {
        this.db = db;
        db.declare(new UniqueConstraint("upstream_services_pkey", "A service of this name already exists", "name"));
    }

    @Override
    public void add(UpstreamService s) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO upstream_services (name, instances, health_path, health_interval_ms, created_at)
                        VALUES (:name, CAST(:instances AS text[]), :health_path, :health_interval_ms, :created_at)""")
                .bind("name", s.name().value())
                .bindArray("instances", String.class, s.instances())
                .bind("health_path", s.healthPath())
                .bind("health_interval_ms", s.healthInterval().toMillis())
                .bind("created_at", Sql.ts(s.createdAt()))
                .execute());
    }

    @Override
    public Optional<UpstreamService> find(ServiceName name) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM upstream_services WHERE name = :name")
                .bind("name", name.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public List<UpstreamService> all() {
        return db.withHandle(h -> h.createQuery("SELECT * FROM upstream_services ORDER BY name COLLATE \"C\"")
                .map(MAPPER)
                .list());
    }

    @Override
    public boolean remove(ServiceName name) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM upstream_services WHERE name = :name")
                .bind("name", name.value())
                .execute()) > 0;
    }
}
