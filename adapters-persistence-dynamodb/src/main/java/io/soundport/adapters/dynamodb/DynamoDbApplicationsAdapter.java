package io.soundport.adapters.dynamodb;

import io.soundport.domain.identity.Application;
import io.soundport.domain.identity.ApplicationId;
import io.soundport.domain.identity.Applications;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Cursor;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/** An application is {@code ORG#<org> / APP#<id>}, listed newest first on {@code lsi1} ({@code APP#<time>#<id>}). */
final class DynamoDbApplicationsAdapter implements Applications {
    private static final String APP = "APP#";
    private final DynamoDbTransactionRunner db;
    private final String table;

    DynamoDbApplicationsAdapter(DynamoDbTransactionRunner db, DynamoDbTables tables) {
        this.db = db;
        this.table = tables.entities();
    }

    private static Map<String, AttributeValue> key(OrganizationId org, ApplicationId id) {
        return Keys.key(Keys.org(org.value()), APP + id.value());
    }

    @Override
    public void add(Application application) {
        db.write(Write.put(table, ApplicationItems.item(application), Conditions.ABSENT, Map.of(), Map.of(),
                Conditions.exists("Application", application.id().value())));
    }

    @Override
    public Optional<Application> find(OrganizationId organizationId, ApplicationId id) {
        return Optional.ofNullable(db.get(table, key(organizationId, id))).map(ApplicationItems::read);
    }

    @Override
    public Application update(Application a) {
        Application stored = new Application(a.id(), a.organizationId(), a.name(), a.email(), a.domain(),
                a.createdAt(), a.updatedAt(), a.version() + 1);
        db.write(Write.put(table, ApplicationItems.item(stored), Conditions.AT_VERSION, Map.of(),
                Conditions.version(a.version()), Conditions.staleOrMissing("Application", a.id().value())));
        return stored;
    }

    @Override
    public boolean remove(OrganizationId organizationId, ApplicationId id) {
        if (find(organizationId, id).isEmpty()) {
            return false;
        }
        db.write(Write.delete(table, key(organizationId, id), Conditions.PRESENT, Map.of(), Map.of(),
                Conditions.staleOrMissing("Application", id.value())));
        return true;
    }

    @Override
    public Page<Application> list(OrganizationId organizationId, PageRequest page) {
        return KeysetQuery.onIndex(table, DynamoDbTables.LSI1, Keys.LSI1, Keys.org(organizationId.value()), APP)
                .page(db, page, ApplicationItems::read, null, a -> new Cursor(a.createdAt(), a.id().value()));
    }

    static final class ApplicationItems {
        private ApplicationItems() {
        }

        static Map<String, AttributeValue> item(Application a) {
            return new Attrs.Item()
                    .put(Keys.PK, Keys.org(a.organizationId().value()))
                    .put(Keys.SK, APP + a.id().value())
                    .put(Keys.LSI1, APP + Keys.newestFirst(a.createdAt(), a.id().value()))
                    .put("id", a.id().value())
                    .put("organizationId", a.organizationId().value())
                    .put("name", a.name())
                    .put("email", a.email() == null ? null : a.email().value())
                    .put("domain", a.domain())
                    .put("createdAt", a.createdAt())
                    .put("updatedAt", a.updatedAt())
                    .put("version", a.version())
                    .build();
        }

        static Application read(Map<String, AttributeValue> item) {
            String email = Attrs.str(item, "email");
            return new Application(ApplicationId.of(Attrs.required(item, "id")),
                    OrganizationId.of(Attrs.required(item, "organizationId")), Attrs.required(item, "name"),
                    email == null ? null : Email.of(email), Attrs.str(item, "domain"),
                    Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"), Attrs.num(item, "version"));
        }
    }
}
