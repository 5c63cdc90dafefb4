package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the platform writes into an S3 partner's bucket: the bucket's region and either the partner's access keys
 * ({@code {"region":"eu-west-1","access_key_id":"AKIA...","secret_access_key":"..."}}) or a role of the partner's
 * account that the platform assumes, with the external id the partner set on it
 * ({@code {"region":"eu-west-1","role_arn":"arn:aws:iam::123456789012:role/x","external_id":"..."}}); keys and a role
 * together mean the keys assume the role. It is the partner's credentials JSON, stored encrypted; its
 * {@link #toString} never shows a key.
 */
public record S3Access(String region, String accessKeyId, String secretAccessKey, String roleArn, String externalId) {
    private static final Set<String> NAMES = Set.of("region", "access_key_id", "secret_access_key", "role_arn",
            "external_id");
    private static final Pattern REGION = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("^[A-Z0-9]{16,128}$");
    private static final Pattern ROLE_ARN = Pattern.compile("^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$");
    private static final Pattern EXTERNAL_ID = Pattern.compile("^[\\w+=,.@:/-]{2,1224}$");

    public S3Access {
        if (region == null || !REGION.matcher(region).matches()) {
            throw invalid("'region' must be an AWS region such as eu-west-1");
        }
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw invalid("'access_key_id' and 'secret_access_key' go together");
        }
        if (accessKeyId == null && roleArn == null) {
            throw invalid("give 'access_key_id' and 'secret_access_key', or 'role_arn' (with 'external_id')");
        }
        if (accessKeyId != null && !ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            throw invalid("'access_key_id' must be 16 to 128 uppercase letters and digits");
        }
        if (secretAccessKey != null && (secretAccessKey.isEmpty() || secretAccessKey.length() > 128
                || !secretAccessKey.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
            throw invalid("'secret_access_key' must be 1 to 128 printable ASCII characters without spaces");
        }
        if (roleArn != null && !ROLE_ARN.matcher(roleArn).matches()) {
            throw invalid("'role_arn' must be an IAM role ARN such as arn:aws:iam::123456789012:role/soundport-drop");
        }
        if (externalId != null && roleArn == null) {
            throw invalid("'external_id' goes with 'role_arn'");
        }
        if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
            throw invalid("'external_id' must be 2 to 1224 letters, digits or +=,.@:/-");
        }
    }

    /** The credentials JSON of an S3 partner; a VALIDATION_ERROR on field {@code credentials} saying what is wrong. */
    public static S3Access parse(String credentials) {
        if (credentials == null || credentials.isBlank()) {
            throw invalid("an S3 partner needs credentials: a JSON object with 'region' and 'access_key_id' and"
                    + " 'secret_access_key', or 'role_arn' and 'external_id'");
        }
        Map<String, String> json = CredentialFields.read(credentials);
        CredentialFields.only(json, NAMES, "");
        return new S3Access(json.get("region"), json.get("access_key_id"), json.get("secret_access_key"),
                json.get("role_arn"), json.get("external_id"));
    }

    /** True when the platform assumes a role of the partner's account. */
    public boolean assumesRole() {
        return roleArn != null;
    }

    private static DomainException invalid(String reason) {
        return CredentialFields.invalid(reason);
    }

    /** Never shows a key or the external id. */
    @Override
    public String toString() {
        return "S3Access[" + region + (assumesRole() ? ", role " + roleArn : ", access keys") + "]";
    }
}
