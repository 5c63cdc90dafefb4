package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A period Meta computes from the ad account's time zone, by the Graph API's {@code date_preset} names. */
public enum DatePreset {
    TODAY, YESTERDAY, LAST_7D, LAST_14D, LAST_30D, LAST_90D, THIS_MONTH, LAST_MONTH, MAXIMUM;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePreset of(String value, String field) {
        String slug = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.slug().equals(slug)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "must be one of " + Arrays.stream(values())
                        .map(DatePreset::slug).collect(Collectors.joining(", "))));
    }
}
