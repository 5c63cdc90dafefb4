package io.soundport.sdk.param;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A partner's {@code credentials} as the server takes them, per protocol, for
 * {@link PartnerCreateParams.Builder#credentials(PartnerCredentials)} and
 * {@link PartnerUpdateParams.Builder#credentials(PartnerCredentials)}: sent as a JSON object whose fields depend on
 * the protocol. They are write-only: the server stores them encrypted and never shows them again. The server checks
 * them when they are given and answers a {@code VALIDATION_ERROR} on {@code credentials}, or on the field at fault
 * ({@code credentials.host_key}), saying what is wrong. Immutable; {@link #toString()} shows no secret.
 */
public final class PartnerCredentials {
    private final Map<String, String> fields;
    private final String token;

    private PartnerCredentials(Map<String, String> fields, String token) {
        this.fields = fields;
        this.token = token;
    }

    /**
     * An HTTP partner's bearer token, sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the token, printable ASCII without spaces
     * @return the credentials
     */
    public static PartnerCredentials bearer(String token) {
        return of("type", "bearer", "token", token);
    }

    /**
     * An HTTP partner's basic authentication, sent as {@code Authorization: Basic ...}.
     *
     * @param username the user name, without {@code :}
     * @param password the password
     * @return the credentials
     */
    public static PartnerCredentials basic(String username, String password) {
        return of("type", "basic", "username", username, "password", password);
    }

    /**
     * An HTTP partner's key, sent in a header the partner names.
     *
     * @param name  the header, such as {@code X-Api-Key} (not one the request sets itself, such as {@code Host})
     * @param value the key
     * @return the credentials
     */
    public static PartnerCredentials header(String name, String value) {
        return of("type", "header", "name", name, "value", value);
    }

    /**
     * An S3 partner's bucket region and access keys.
     *
     * @param region          the bucket's region, such as {@code eu-west-1}
     * @param accessKeyId     the partner's access key id
     * @param secretAccessKey its secret
     * @return the credentials
     */
    public static PartnerCredentials s3Keys(String region, String accessKeyId, String secretAccessKey) {
        return of("region", region, "access_key_id", accessKeyId, "secret_access_key", secretAccessKey);
    }

    /**
     * An S3 partner's bucket region and a role of the partner's account that the server assumes.
     *
     * @param region     the bucket's region
     * @param roleArn    the role, such as {@code arn:aws:iam::123456789012:role/soundport-drop}
     * @param externalId the external id the partner set on the role's trust policy
     * @return the credentials
     */
    public static PartnerCredentials s3Role(String region, String roleArn, String externalId) {
        return of("region", region, "role_arn", roleArn, "external_id", externalId);
    }

    /**
     * An SFTP partner's login with a password, and its server's host key, pinned.
     *
     * @param user     the login
     * @param password its password
     * @param hostKey  the server's host key fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:...})
     * @return the credentials
     */
    public static PartnerCredentials sftpPassword(String user, String password, String hostKey) {
        return of("user", user, "password", password, "host_key", hostKey);
    }

    /**
     * An SFTP partner's login with a password, without its server's host key: the server reads the key the SFTP
     * server shows when the partner is saved and pins it (trust on first use); on a change that keeps the host and
     * port, the key pinned before stays.
     *
     * @param user     the login
     * @param password its password
     * @return the credentials
     */
    public static PartnerCredentials sftpPassword(String user, String password) {
        return of("user", user, "password", password);
    }

    /**
     * An SFTP partner's login with a private key, and its server's host key, pinned.
     *
     * @param user       the login
     * @param privateKey the private key in PEM or OpenSSH form
     * @param passphrase the key's passphrase, or null when it has none
     * @param hostKey    the server's host key fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:...}),
     *                   or null to pin the key the server shows when the partner is saved
     * @return the credentials
     */
    public static PartnerCredentials sftpKey(String user, String privateKey, String passphrase, String hostKey) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("user", Objects.requireNonNull(user, "user"));
        fields.put("private_key", Objects.requireNonNull(privateKey, "private_key"));
        if (passphrase != null) {
            fields.put("passphrase", passphrase);
        }
        if (hostKey != null) {
            fields.put("host_key", hostKey);
        }
        return new PartnerCredentials(Collections.unmodifiableMap(fields), null);
    }

    /**
     * Credentials as a string, as earlier versions of this SDK sent them: for an HTTP partner a bare bearer token, or
     * the credentials' JSON text. Prefer the typed factories, which send a JSON object.
     *
     * @param credentials the string the server takes as it is
     * @return the credentials
     */
    public static PartnerCredentials ofString(String credentials) {
        return new PartnerCredentials(null, Objects.requireNonNull(credentials, "credentials"));
    }

    /**
     * The fields of the JSON object sent, by their JSON names; empty for credentials made by {@link #ofString}.
     *
     * @return the fields, unmodifiable
     */
    public Map<String, String> fields() {
        return fields == null ? Map.of() : fields;
    }

    /** What is sent: the object, or the string. */
    @JsonValue
    Object json() {
        return fields != null ? fields : token;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerCredentials that && Objects.equals(fields, that.fields)
                && Objects.equals(token, that.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields, token);
    }

    /** Names the kind, never a value. */
    @Override
    public String toString() {
        if (fields == null) {
            return "PartnerCredentials[…]";
        }
        String type = fields.get("type");
        return "PartnerCredentials[" + (type != null ? type : String.join(",", fields.keySet())) + "]";
    }

    private static PartnerCredentials of(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1], namesAndValues[i]));
        }
        return new PartnerCredentials(Collections.unmodifiableMap(fields), null);
    }
}
