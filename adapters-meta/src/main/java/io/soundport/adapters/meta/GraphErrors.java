package io.soundport.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.soundport.domain.integrations.GrantRefusedException;
import io.soundport.domain.integrations.Provider;
import io.soundport.domain.shared.DomainException;

import java.io.IOException;

/**
 * What a Graph API error answer means for us. Graph answers {@code {"error": {"message", "type", "code",
 * "error_subcode", "fbtrace_id"}}}: code 190 (an access token Meta no longer takes: expired, password changed, app
 * removed) refuses the grant; anything else is an INTEGRATION_ERROR naming Meta with its code and {@code fbtrace_id},
 * which Meta's support asks for. Meta's message is not repeated: it may quote what was sent.
 */
final class GraphErrors {
    static final int INVALID_TOKEN = 190;

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
