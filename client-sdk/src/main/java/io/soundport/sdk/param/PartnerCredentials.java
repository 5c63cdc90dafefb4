package io.soundport.sdk.param;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A partner's {@code credentials} as the server takes them, per protocol, for
 * {@link PartnerCreateParams.Builder#credentials(String)} and {@link PartnerUpdateParams.Builder#credentials(String)}.
 * They are write-only: the server stores them encrypted and never shows them again. The server checks them when they
 * are given and answers a {@code VALIDATION_ERROR} on {@code credentials} saying what is wrong.
 */
public final class PartnerCredentials {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PartnerCredentials() {
    }

    /**
     * An HTTP partner's bearer token, sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the token, printable ASCII without spaces
     * @return the credentials
     */
    public static String bearer(String token) {
        return json("type", "bearer", "token", token);
    }

    /**
     * An HTTP partner's basic authentication, sent as {@code Authorization: Basic ...}.
     *
     * @param username the user name, without {@code :}
     * @param password the password
     * @return the credentials
     */
    public static String basic(String username, String password) {
        return json("type", "basic", "username", username, "password", password);
    }

    /**
     * An HTTP partner's key, sent in a header the partner names.
     *
     * @param name  the header, such as {@code X-Api-Key} (not one the request sets itself, such as {@code Host})
     * @param value the key
     * @return the credentials
     */
    public static String header(String name, String value) {
        return json("type", "header", "name", name, "value", value);
    }

    /**
     * An S3 partner's bucket region and access keys.
     *
     * @param region          the bucket's region, such as {@code eu-west-1}
     * @param accessKeyId     the partner's access key id
     * @param secretAccessKey its secret
     * @return the credentials
     */
    public static String s3Keys(String region, String accessKeyId, String secretAccessKey) {
        return json("region", region, "access_key_id", accessKeyId, "secret_access_key", secretAccessKey);
    }

    /**
     * An S3 partner's bucket region and a role of the partner's account that the server assumes.
     *
     * @param region     the bucket's region
     * @param roleArn    the role, such as {@code arn:aws:iam::123456789012:role/soundport-drop}
     * @param externalId the external id the partner set on the role's trust policy
     * @return the credentials
     */
    public static String s3Role(String region, String roleArn, String externalId) {
        return json("region", region, "role_arn", roleArn, "external_id", externalId);
    }

    /**
     * An SFTP partner's login with a password, and its server's host key, pinned.
     *
     * @param user     the login
     * @param password its password
     * @param hostKey  the server's host key fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:...})
     * @return the credentials
     */
    public static String sftpPassword(String user, String password, String hostKey) {
        return json("user", user, "password", password, "host_key", hostKey);
    }

    /**
     * An SFTP partner's login with a private key, and its server's host key, pinned.
     *
     * @param user       the login
     * @param privateKey the private key in PEM or OpenSSH form
     * @param passphrase the key's passphrase, or null when it has none
     * @param hostKey    the server's host key fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:...})
     * @return the credentials
     */
    public static String sftpKey(String user, String privateKey, String passphrase, String hostKey) {
        return passphrase == null ? json("user", user, "private_key", privateKey, "host_key", hostKey)
                : json("user", user, "private_key", privateKey, "passphrase", passphrase, "host_key", hostKey);
    }

    private static String json(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1], namesAndValues[i]));
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
