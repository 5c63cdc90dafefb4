package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How insights may be split: by the people reached (age, gender, where) or by where the ads ran. */
public enum Breakdown {
    AGE, GENDER, COUNTRY, REGION, PUBLISHER_PLATFORM, PLATFORM_POSITION, DEVICE_PLATFORM, IMPRESSION_DEVICE;

    /** The Graph API's name, which is also the one our API shows ({@code publisher_platform}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Comma-separated slugs, in the order given, each once; blank or null is none; VALIDATION_ERROR on {@code field}. */
    public static Set<Breakdown> parse(String list, String field) {
        Set<Breakdown> breakdowns = new LinkedHashSet<>();
        if (list == null || list.isBlank()) {
            return breakdowns;
        }
        for (String part : list.split(",")) {
            String slug = part.strip().toLowerCase(Locale.ROOT);
            Breakdown found = Arrays.stream(values()).filter(b -> b.slug().equals(slug)).findFirst()
                    .orElseThrow(() -> DomainException.invalid(field, "must be among " + Arrays.stream(values())
                            .map(Breakdown::slug).collect(Collectors.joining(", "))));
            breakdowns.add(found);
        }
        return breakdowns;
    }
}
