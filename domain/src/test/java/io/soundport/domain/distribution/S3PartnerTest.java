package io.soundport.domain.distribution;

import io.soundport.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3PartnerTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void an_s3_endpoint_is_a_bucket_and_an_optional_prefix() {
        assertThat(S3Location.parse("s3://dsp-inbox")).isEqualTo(new S3Location("dsp-inbox", ""));
        S3Location located = S3Location.parse("s3://dsp.inbox-1/soundport/in/");
        assertThat(located.bucket()).isEqualTo("dsp.inbox-1");
        assertThat(located.prefix()).isEqualTo("soundport/in");
        assertThat(located.key("b1/036000291452/manifest.json")).isEqualTo("soundport/in/b1/036000291452/manifest.json");
        assertThat(located).hasToString("s3://dsp.inbox-1/soundport/in");
        assertThat(S3Location.parse("s3://abc").key("b1/m.xml")).isEqualTo("b1/m.xml");
    }

    @Test
    void bucket_names_and_prefixes_follow_the_s3_rules() {
        for (String bad : new String[] {"bucket", "https://bucket.s3.amazonaws.com", "s3://", "s3://ab", "s3://Bucket",
                "s3://under_score", "s3://-start", "s3://end-", "s3://a..b", "s3://a.-b", "s3://192.168.1.10",
                "s3://xn--bucket", "s3://sthree-x", "s3://bucket-s3alias", "s3://b" + "x".repeat(63),
                "s3://bucket/../up", "s3://bucket//x", "s3://bucket/.hidden", "s3://bucket/a\\b",
                "s3://bucket/a b", "s3://bucket/" + "a/".repeat(130) + "a"}) {
            assertThatThrownBy(() -> S3Location.parse(bad)).as(bad).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.details()).extracting(d -> d.field()).containsExactly("endpoint"));
        }
    }

    @Test
    void access_is_a_region_with_keys_or_a_role_and_never_shows_a_secret() {
        S3Access keys = S3Access.parse("{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\","
                + "\"secret_access_key\":\"" + SECRET + "\"}");
        assertThat(keys.assumesRole()).isFalse();
        assertThat(keys.secretAccessKey()).isEqualTo(SECRET);
        assertThat(keys.toString()).doesNotContain(SECRET).doesNotContain("AKIA");
        S3Access role = S3Access.parse(" {\"region\": \"us-gov-west-1\", \"role_arn\": "
                + "\"arn:aws-us-gov:iam::123456789012:role/path/drop\", \"external_id\": \"sp-7f3a\"} ");
        assertThat(role.assumesRole()).isTrue();
        assertThat(role.externalId()).isEqualTo("sp-7f3a");
        assertThat(role.toString()).doesNotContain("sp-7f3a");
    }

    @Test
    void access_says_what_is_wrong_without_quoting_a_secret() {
        String[][] cases = {
                {null, "needs credentials"},
                {"token-123", "must be a JSON object"},
                {"[1]", "must be a JSON object"},
                {"{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\",\"secret_access_key\":\"" + SECRET
                        + "\",}", "must be a JSON object"},
                {"{\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\",\"secret_access_key\":\"" + SECRET + "\"}", "'region'"},
                {"{\"region\":\"eu-west-1\"}", "give 'access_key_id'"},
                {"{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\"}", "go together"},
                {"{\"region\":\"eu-west-1\",\"access_key_id\":\"" + SECRET + "\",\"secret_access_key\":\"x\"}",
                        "'access_key_id' must be"},
                {"{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\",\"secret_access_key\":\"a b\"}",
                        "'secret_access_key' must be"},
                {"{\"region\":\"eu-west-1\",\"role_arn\":\"arn:aws:iam::123:role/x\"}", "'role_arn' must be"},
                {"{\"region\":\"eu-west-1\",\"role_arn\":\"arn:aws:iam::123456789012:role/x\",\"external_id\":\"!\"}",
                        "'external_id' must be"},
                {"{\"region\":\"eu-west-1\",\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\",\"secret_access_key\":\"" + SECRET
                        + "\",\"external_id\":\"abc\"}", "goes with 'role_arn'"},
                {"{\"region\":\"eu-west-1\",\"secret\":\"" + SECRET + "\"}", "unknown field 'secret'"},
                {"{\"region\":1}", "'region' must be a string"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> S3Access.parse(c[0])).as(c[1]).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.details()).extracting(d -> d.field()).singleElement().asString()
                            .matches("credentials(\\.[a-z_]+)?");
                assertThat(e.getMessage()).contains(c[1]).doesNotContain(SECRET);
            });
        }
    }
}
