package io.soundport.adapters.dynamodb;

import io.soundport.domain.shared.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** The conditions the adapters write with, and what their failure means. */
final class Conditions {
    static final String ABSENT = "attribute_not_exists(pk)";
    static final String PRESENT = "attribute_exists(pk)";
    static final String AT_VERSION = "attribute_exists(pk) AND #version = :version";

    private Conditions() {
    }

    static Map<String, AttributeValue> version(long version) {
        return Map.of(":version", Attrs.n(version));
    }

    /** A failed {@link #AT_VERSION}: no item is NOT_FOUND, another version is PRECONDITION_FAILED. */
    static Function<Map<String, AttributeValue>, RuntimeException> staleOrMissing(String resource, String id) {
        return old -> old == null ? DomainException.notFound(resource, id) : DomainException.staleVersion(resource, id);
    }

    static Function<Map<String, AttributeValue>, RuntimeException> always(Supplier<RuntimeException> error) {
        return old -> error.get();
    }

    static Function<Map<String, AttributeValue>, RuntimeException> exists(String resource, String id) {
        return always(() -> DomainException.conflict(resource + " " + id + " already exists"));
    }
}
