package io.soundport.adapters.rest.platform;

import io.micronaut.core.annotation.Nullable;
import io.soundport.adapters.rest.http.ApiDocs;
import io.soundport.application.platform.RegisterServiceCommand;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.BiConsumer;

/** What the platform endpoints take. */
final class PlatformRequests {
    private PlatformRequests() {
    }

    @Schema(name = "RegisterServiceRequest")
    record RegisterServiceRequest(
            @Schema(description = "a lower-case slug (a-z, 0-9, hyphens; 1 to 63): the path segment under /gateway")
            String name,
            @ArraySchema(minItems = 1, maxItems = 20, schema = @Schema(description = ApiDocs.OUTBOUND_URL))
            List<String> instances,
            @Nullable @Schema(description = "the path the health checks GET on every instance; /health when absent")
            String healthPath,
            @Nullable @Schema(description = "seconds between two checks of an instance, 1 to 3600; 10 when absent")
            Integer healthIntervalS) {
        RegisterServiceCommand command(BiConsumer<String, String> urlCheck) {
            return RegisterServiceCommand.of(name, instances, healthPath, healthIntervalS, urlCheck);
        }
    }
}
