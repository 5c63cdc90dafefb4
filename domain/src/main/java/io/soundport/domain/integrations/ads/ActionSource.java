package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a conversion happened, by the Conversions API's {@code action_source} names. */
public enum ActionSource {
    WEBSITE, APP, EMAIL, PHONE_CALL, CHAT, PHYSICAL_STORE, SYSTEM_GENERATED, BUSINESS_MESSAGING, OTHER;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionSource of(String value, String field) {
        String slug = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "must be one of " + Arrays.stream(values())
                        .map(ActionSource::slug).collect(Collectors.joining(", "))));
    }
}
