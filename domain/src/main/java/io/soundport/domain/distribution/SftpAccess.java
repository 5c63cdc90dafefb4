package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the platform logs in to an SFTP partner: a user with a password
 * ({@code {"user":"soundport","password":"...","host_key":"SHA256:..."}}) or with a private key in PEM or OpenSSH
 * form ({@code "private_key":"-----BEGIN OPENSSH PRIVATE KEY-----\n..."}, with its {@code "passphrase"} when it has
 * one), and the server's host key pinned by its SHA-256 fingerprint as {@code ssh-keygen -lf} prints it: a server
 * that shows another key is never sent anything. The host key may be left out when the partner is saved: the platform
 * then reads the one the server shows ({@link HostKeys}) and pins it (trust on first use), so stored credentials
 * always have one. It is the partner's credentials JSON, stored encrypted; its {@link #toString} shows no secret.
 * A refusal names the field at fault ({@code credentials.host_key}).
 */
public record SftpAccess(String user, String password, String privateKey, String passphrase, String hostKey) {
    private static final Set<String> NAMES = Set.of("user", "password", "private_key", "passphrase", "host_key");
    private static final Pattern USER = Pattern.compile("^[A-Za-z0-9._@+-]{1,64}$");
    private static final Pattern HOST_KEY = Pattern.compile("^SHA256:[A-Za-z0-9+/]{43}=?$");

    public SftpAccess {
        if (user == null || !USER.matcher(user).matches()) {
            throw invalid("user", "'user' must be 1 to 64 letters, digits or . _ @ + -");
        }
        if ((password == null) == (privateKey == null)) {
            throw invalid(password == null ? "password" : "private_key",
                    "give 'password' or 'private_key', one of them");
        }
        if (password != null && (password.isEmpty() || password.length() > 1024)) {
            throw invalid("password", "'password' must be 1 to 1024 characters");
        }
        if (privateKey != null && !(privateKey.strip().startsWith("-----BEGIN ")
                && privateKey.contains("PRIVATE KEY-----"))) {
            throw invalid("private_key",
                    "'private_key' must be a private key in PEM or OpenSSH form (-----BEGIN ... PRIVATE KEY-----)");
        }
        if (passphrase != null && privateKey == null) {
            throw invalid("passphrase", "'passphrase' goes with 'private_key'");
        }
        if (hostKey != null && !isFingerprint(hostKey)) {
            throw invalid("host_key", "'host_key' must be the server's host key fingerprint as ssh-keygen -lf"
                    + " prints it, such as SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8; leave it out to pin"
                    + " the key the server shows when the partner is saved");
        }
    }

    /**
     * The credentials JSON of an SFTP partner, with or without its host key; a VALIDATION_ERROR on field
     * {@code credentials} or one of its fields saying what is wrong.
     */
    public static SftpAccess parse(String credentials) {
        if (credentials == null || credentials.isBlank()) {
            throw CredentialFields.invalid("an SFTP partner needs credentials: a JSON object with 'user', 'password'"
                    + " or 'private_key', and 'host_key' (or none, to pin the key the server shows)");
        }
        Map<String, String> json = CredentialFields.read(credentials);
        CredentialFields.only(json, NAMES, "");
        return new SftpAccess(json.get("user"), json.get("password"), json.get("private_key"),
                json.get("passphrase"), json.get("host_key"));
    }

    /** True for a SHA-256 host key fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:...}). */
    public static boolean isFingerprint(String value) {
        return value != null && HOST_KEY.matcher(value).matches();
    }

    /** True when the server's host key is pinned. */
    public boolean hasHostKey() {
        return hostKey != null;
    }

    /** The same login, pinned to {@code fingerprint}. */
    public SftpAccess withHostKey(String fingerprint) {
        return new SftpAccess(user, password, privateKey, passphrase, fingerprint);
    }

    /** The credentials JSON these are parsed from: what is stored, encrypted. */
    public String toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("user", user);
        if (password != null) {
            json.put("password", password);
        }
        if (privateKey != null) {
            json.put("private_key", privateKey);
        }
        if (passphrase != null) {
            json.put("passphrase", passphrase);
        }
        if (hostKey != null) {
            json.put("host_key", hostKey);
        }
        return Json.write(json);
    }

    @Override
    public String toString() {
        return "SftpAccess[user=" + user + ", " + (password != null ? "password" : "private key") + ", host key "
                + (hostKey == null ? "not pinned" : hostKey) + "]";
    }

    private static DomainException invalid(String field, String reason) {
        return CredentialFields.invalid(field, reason);
    }
}
