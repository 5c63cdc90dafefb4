package io.soundport.adapters.rest.distribution;

import io.micronaut.core.annotation.Nullable;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Json;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A partner's {@code credentials} as the API takes them: a JSON object whose fields depend on the protocol, each
 * shape a named schema of the OpenAPI document's {@code oneOf} (never bound: the core's parsers,
 * {@code ApiCredentials}, {@code SftpAccess}, {@code S3Access}, read the object), and {@link #text} that turns what
 * was sent into the JSON text the core takes. Every shape is write-only.
 */
final class PartnerCredentialsSchemas {
    static final String DESCRIPTION = "write-only, stored encrypted, never shown again. HTTP (optional): a bearer"
            + " token, basic authentication or a key in a header the partner names; a bare string is taken as a bearer"
            + " token. S3 (required): the bucket's region with the partner's keys or a role to assume. SFTP"
            + " (required): the login (a password or a private key) and the server's host key fingerprint; without"
            + " host_key the platform reads the key the server shows when the partner is saved and pins it (trust on"
            + " first use; a server it cannot reach refuses the partner on credentials.host_key)";

    private static final String USER = "1 to 64 letters, digits or . _ @ + -";
    private static final String REGION = "an AWS region such as eu-west-1";
    private static final String HOST_KEY = "the server's host key fingerprint as ssh-keygen -lf prints it"
            + " (SHA256:...); a server that shows another key is sent nothing. Leave it out to pin the key the server"
            + " shows when the partner is saved, or when its endpoint moves to another host or port; new credentials"
            + " without it on the same host and port keep the pinned one";

    private PartnerCredentialsSchemas() {
    }

    /**
     * The credentials JSON text the core parses: a string as it is (a bearer token, or JSON text as older clients
     * send it), an object written as JSON without its null fields (absent, as a client that writes nulls means
     * them); null for none. Anything else is refused on {@code credentials}, without repeating it.
     */
    static String text(Object credentials) {
        if (credentials == null || credentials instanceof String) {
            return (String) credentials;
        }
        if (credentials instanceof Map<?, ?> fields) {
            Map<Object, Object> present = new LinkedHashMap<>();
            fields.forEach((name, value) -> {
                if (value != null) {
                    present.put(name, value);
                }
            });
            return Json.write(present);
        }
        throw DomainException.invalid("credentials", "must be a JSON object with the fields of the partner's"
                + " protocol (or, for an HTTP partner, a bearer token as a string)");
    }

    @Schema(name = "HttpBearerToken", type = "string", accessMode = Schema.AccessMode.WRITE_ONLY,
            description = "HTTP: the partner's bearer token alone, sent as Authorization: Bearer <token> (printable"
                    + " ASCII without spaces); the same as {\"type\":\"bearer\",\"token\":\"...\"}")
    static final class HttpBearerToken {
        private HttpBearerToken() {
        }
    }

    @Schema(name = "HttpBearerCredentials", accessMode = Schema.AccessMode.WRITE_ONLY,
            description = "HTTP: a bearer token the partner issued, sent as Authorization: Bearer <token>")
    record HttpBearer(@Schema(requiredMode = REQUIRED, allowableValues = "bearer") String type,
                      @Schema(requiredMode = REQUIRED,
                              description = "printable ASCII without spaces, at most 4000 characters") String token) {
    }

    @Schema(name = "HttpBasicCredentials", accessMode = Schema.AccessMode.WRITE_ONLY,
            description = "HTTP: basic authentication, sent as Authorization: Basic ...")
    record HttpBasic(@Schema(requiredMode = REQUIRED, allowableValues = "basic") String type,
                     @Schema(requiredMode = REQUIRED, description = "1 to 200 characters, without ':'") String username,
                     @Schema(requiredMode = REQUIRED, description = "at most 1000 characters") String password) {
    }

    @Schema(name = "HttpHeaderKeyCredentials", accessMode = Schema.AccessMode.WRITE_ONLY,
            description = "HTTP: a key sent in a header the partner names")
    record HttpHeaderKey(@Schema(requiredMode = REQUIRED, allowableValues = "header") String type,
                         @Schema(requiredMode = REQUIRED, description = "the header, such as X-Api-Key; not one the"
                                 + " platform sets itself (Authorization, Host, Content-Type...)") String name,
                         @Schema(requiredMode = REQUIRED,
                                 description = "the key, printable ASCII, at most 4096 characters") String value) {
    }

    @Schema(name = "SftpPasswordCredentials", accessMode = Schema.AccessMode.WRITE_ONLY,
            description = "SFTP: a user and password, and the server's host key")
    record SftpPassword(@Schema(requiredMode = REQUIRED, description = USER) String user,
                        @Schema(requiredMode = REQUIRED, description = "1 to 1024 characters") String password,
                        @Nullable @Schema(description = HOST_KEY) String hostKey) {
    }

    @Schema(name = "SftpPrivateKeyCredentials", accessMode = Schema.AccessMode.WRITE_ONLY,
            description = "SFTP: a user and private key, and the server's host key")
    record SftpKey(@Schema(requiredMode = REQUIRED, description = USER) String user,
                   @Schema(requiredMode = REQUIRED, description = "the private key in PEM or OpenSSH form"
                           + " (-----BEGIN ... PRIVATE KEY-----), line breaks as \\n") String privateKey,
                   @Nullable @Schema(description = "the key's passphrase, when it has one") String passphrase,
                   @Nullable @Schema(description = HOST_KEY) String hostKey) {
    }

    @Schema(name = "S3KeysCredentials", accessMode = Schema.AccessMode.WRITE_ONLY,
            description = "S3: the bucket's region and the partner's access keys")
    record S3Keys(@Schema(requiredMode = REQUIRED, description = REGION) String region,
                  @Schema(requiredMode = REQUIRED, description = "16 to 128 uppercase letters and digits")
                  String accessKeyId,
                  @Schema(requiredMode = REQUIRED, description = "1 to 128 printable ASCII characters")
                  String secretAccessKey) {
    }

    @Schema(name = "S3RoleCredentials", accessMode = Schema.AccessMode.WRITE_ONLY,
            description = "S3: the bucket's region and a role of the partner's account that the platform assumes"
                    + " (with access keys too, the keys assume the role)")
    record S3Role(@Schema(requiredMode = REQUIRED, description = REGION) String region,
                  @Schema(requiredMode = REQUIRED,
                          description = "such as arn:aws:iam::123456789012:role/soundport-drop") String roleArn,
                  @Nullable @Schema(description = "the external id the partner set on the role's trust policy")
                  String externalId) {
    }
}
