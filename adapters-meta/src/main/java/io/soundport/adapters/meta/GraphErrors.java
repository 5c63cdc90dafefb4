package io.soundport.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.DomainException;
import io.soundport.resilience.Throttled;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * What a Graph API error answer means for us. Graph answers {@code {"error": {"message", "type", "code",
 * "error_subcode", "fbtrace_id"}}}: code 190 (an access token Meta no longer takes: expired, password changed, app
 * removed) refuses the grant; anything else is an INTEGRATION_ERROR naming Meta with its code and {@code fbtrace_id},
 * which Meta's support asks for. Meta's message is not repeated: it may quote what was sent.
 *
 * <p>On the Marketing API ({@link #ofAds}) two more are told apart: a rate limit (codes 4, 17, 32, 613 and the
 * business-use-case limits 80000 to 80014, which Meta answers with HTTP 400 as often as with 429) is a
 * {@link Throttled} for {@link io.soundport.resilience.ProviderCalls} to retry, waiting what the
 * {@code x-business-use-case-usage} header estimates when it says; and code 100 on an object the call named
 * ("does not exist, cannot be loaded due to missing permission", subcode 33) is NOT_FOUND.
 */
final class GraphErrors {
    static final int INVALID_TOKEN = 190;
    static final int INVALID_PARAMETER = 100;
    static final int OBJECT_MISSING_SUBCODE = 33;
    private static final java.util.Set<Integer> LIMITS = java.util.Set.of(4, 17, 32, 613);
    private static final int BUSINESS_LIMITS_FIRST = 80000;
    private static final int BUSINESS_LIMITS_LAST = 80014;

    private final ObjectMapper mapper;

    GraphErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The exception for this error answer, to throw. */
    DomainException of(int status, byte[] body) {
        JsonNode error = error(body);
        int code = error.path("code").asInt(0);
        String trace = error.path("fbtrace_id").asText("");
        String traced = trace.isEmpty() ? "" : ", fbtrace_id " + trace;
        if (code == INVALID_TOKEN) {
            return new GrantRefusedException(Provider.META, MetaSettings.PROVIDER
                    + " no longer accepts this connection's token (code 190" + traced + ")");
        }
        if (code == 0) {
            return DomainException.integration(MetaSettings.PROVIDER + " answered " + status);
        }
        return DomainException.integration(MetaSettings.PROVIDER + " answered " + status + " with error code " + code
                + subcode(error) + traced);
    }

    /**
     * What an error answer of the Marketing API means, to throw from the answer's reader: a {@link Throttled} for a
     * rate limit, NOT_FOUND for code 100 on the object {@code kind} {@code id} (when the call named one), else as
     * {@link #of}.
     *
     * @param usage the {@code x-business-use-case-usage} header, or null
     */
    RuntimeException ofAds(int status, byte[] body, String usage, String kind, String id) {
        JsonNode error = error(body);
        int code = error.path("code").asInt(0);
        if (isLimit(code)) {
            return new Throttled("error code " + code, regainAccess(usage));
        }
        if (code == INVALID_PARAMETER && id != null && objectMissing(error)) {
            return DomainException.notFound(kind, id);
        }
        return of(status, body);
    }

    static boolean isLimit(int code) {
        return LIMITS.contains(code) || (code >= BUSINESS_LIMITS_FIRST && code <= BUSINESS_LIMITS_LAST);
    }

    private static boolean objectMissing(JsonNode error) {
        return error.path("error_subcode").asInt(0) == OBJECT_MISSING_SUBCODE
                || error.path("message").asText("").toLowerCase(Locale.ROOT).contains("does not exist");
    }

    /**
     * The longest {@code estimated_time_to_regain_access} (minutes) of the business use cases in the header, or
     * null when it names none above zero.
     */
    private Duration regainAccess(String usage) {
        if (usage == null || usage.isBlank()) {
            return null;
        }
        long minutes = 0;
        try {
            for (JsonNode uses : mapper.readTree(usage)) {
                for (JsonNode use : uses) {
                    minutes = Math.max(minutes, use.path("estimated_time_to_regain_access").asLong(0));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
        return minutes > 0 ? Duration.ofMinutes(minutes) : null;
    }

    private static String subcode(JsonNode error) {
        int subcode = error.path("error_subcode").asInt(0);
        return subcode == 0 ? "" : " (subcode " + subcode + ")";
    }

    private JsonNode error(byte[] body) {
        try {
            return mapper.readTree(body).path("error");
        } catch (IOException | RuntimeException notJson) {
            return mapper.missingNode();
        }
    }
}
