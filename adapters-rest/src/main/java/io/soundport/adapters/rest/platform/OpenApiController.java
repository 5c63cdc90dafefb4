package io.soundport.adapters.rest.platform;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** The OpenAPI document generated at build time from these controllers, and the way to its UI. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public final class OpenApiController {
    static final String DOCUMENT = "META-INF/swagger/soundport-api-v1.yml";
    private final byte[] document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the classpath: the build did not generate it");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    public HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
    }

    @Get("/swagger-ui")
    public HttpResponse<?> ui() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }
}
