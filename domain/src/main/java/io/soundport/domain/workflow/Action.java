package io.soundport.domain.workflow;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.JsonTree;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule does when it matches: {@code deliver} (to named partners, or to every active partner whose territories
 * overlap the release's), {@code notify} (a message through the notification port), {@code webhook} (emit a custom
 * event), {@code set_status} (move the release). Parameters depend on the type.
 */
public record Action(Type type, Map<String, Object> params) {
    /** The kinds of action. */
    public enum Type {
        DELIVER, NOTIFY, WEBHOOK, SET_STATUS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type parse(String value) {
            try {
                return Type.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw DomainException.invalid("type", "must be deliver, notify, webhook or set_status");
            }
        }
    }

    public Action {
        Objects.requireNonNull(type, "type");
        params = JsonTree.copyOf(params);
    }
}
