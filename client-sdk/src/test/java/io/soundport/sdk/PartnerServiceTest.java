package io.soundport.sdk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.sdk.exception.ConflictException;
import io.soundport.sdk.exception.ErrorDetail;
import io.soundport.sdk.exception.ValidationException;
import io.soundport.sdk.model.Partner;
import io.soundport.sdk.param.ListParams;
import io.soundport.sdk.param.PartnerCreateParams;
import io.soundport.sdk.param.PartnerCredentials;
import io.soundport.sdk.param.PartnerProtocol;
import io.soundport.sdk.param.PartnerTakedown;
import io.soundport.sdk.param.PartnerUpdateParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code client.partners()} against WireMock: the requests it sends and how it reads the server's answers. */
class PartnerServiceTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PARTNERS = "/api/v1/partners";
    private static final String PARTNER = "/api/v1/partners/ptn_1";

    private SoundportClient client() {
        return SoundportClient.builder().baseUrl(api.baseUrl()).apiKey("sk_test_key").readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
    }

    @Test
    void create_sends_the_params_in_snake_case_and_reads_the_partner_without_its_credentials() {
        api.stubFor(post(PARTNERS).willReturn(okJson(Fixtures.partner("ptn_1", "Streamly", "HTTP",
                "https://ingest.streamly.example/ern", true)).withStatus(201).withHeader("ETag", "\"1\"")));

        PartnerCreateParams params = PartnerCreateParams.builder().name("Streamly").protocol(PartnerProtocol.HTTP)
                .endpoint("https://ingest.streamly.example/ern").territories("US", "GB")
                .credentials(PartnerCredentials.bearer("s3cr3t-token")).build();
        Partner partner = client().partners().create(params);

        assertThat(partner.id()).isEqualTo("ptn_1");
        assertThat(partner.name()).isEqualTo("Streamly");
        assertThat(partner.protocol()).isEqualTo(PartnerProtocol.HTTP);
        assertThat(partner.endpoint()).isEqualTo("https://ingest.streamly.example/ern");
        assertThat(partner.territories()).containsExactly("WORLD");
        assertThat(partner.active()).isTrue();
        assertThat(partner.hasCredentials()).isTrue();
        assertThat(partner.createdAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(partner.version()).isEqualTo(1);
        assertThat(params.toString()).contains("Streamly").doesNotContain("s3cr3t-token");
        api.verify(postRequestedFor(urlEqualTo(PARTNERS))
                .withHeader("Idempotency-Key", matching(".+"))
                .withHeader("X-API-Key", equalTo("sk_test_key"))
                .withRequestBody(equalToJson("""
                        {"name":"Streamly","protocol":"HTTP","endpoint":"https://ingest.streamly.example/ern",
                         "territories":["US","GB"],"credentials":{"type":"bearer","token":"s3cr3t-token"}}
                        """)));
    }

    @Test
    void an_sftp_partner_created_without_a_host_key_sends_the_login_alone_and_reads_the_pinned_key_back() {
        String pinned = "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8";
        api.stubFor(post(PARTNERS).willReturn(okJson(Fixtures.partner("ptn_1", "Droply", "SFTP",
                "sftp://sftp.droply.example:2222/inbox", true).replace("\"has_credentials\":true",
                "\"has_credentials\":true,\"host_key\":\"" + pinned + "\"")).withStatus(201)));

        Partner partner = client().partners().create(PartnerCreateParams.builder().name("Droply")
                .protocol(PartnerProtocol.SFTP).endpoint("sftp://sftp.droply.example:2222/inbox")
                .credentials(PartnerCredentials.sftpPassword("soundport", "partner-password")).build());

        assertThat(partner.hostKey()).isEqualTo(pinned);
        api.verify(postRequestedFor(urlEqualTo(PARTNERS)).withRequestBody(equalToJson("""
                {"name":"Droply","protocol":"SFTP","endpoint":"sftp://sftp.droply.example:2222/inbox",
                 "credentials":{"user":"soundport","password":"partner-password"}}
                """)));
    }

    @Test
    void the_ddex_settings_are_sent_by_their_wire_names_and_read_back() {
        api.stubFor(post(PARTNERS).willReturn(okJson(Fixtures.partner("ptn_1", "Streamly", "HTTP",
                "https://ingest.streamly.example/ern", false)).withStatus(201)));
        api.stubFor(patch(urlEqualTo(PARTNER)).willReturn(okJson(Fixtures.partner("ptn_1", "Streamly", "HTTP",
                "https://ingest.streamly.example/ern", false))));

        Partner partner = client().partners().create(PartnerCreateParams.builder().name("Streamly")
                .protocol(PartnerProtocol.HTTP).endpoint("https://ingest.streamly.example/ern")
                .dpid("PADPIDA2011072101T").test(true).takedown(PartnerTakedown.PURGE).build());
        client().partners().update("ptn_1", PartnerUpdateParams.builder().dpid("").test(false)
                .takedown(PartnerTakedown.MESSAGE).build());

        assertThat(partner.dpid()).isEqualTo("PADPIDA2011072101T");
        assertThat(partner.test()).isTrue();
        assertThat(partner.takedown()).isEqualTo(PartnerTakedown.PURGE);
        api.verify(postRequestedFor(urlEqualTo(PARTNERS)).withRequestBody(equalToJson("""
                {"name":"Streamly","protocol":"HTTP","endpoint":"https://ingest.streamly.example/ern",
                 "dpid":"PADPIDA2011072101T","test":true,"takedown":"purge"}
                """)));
        api.verify(patchRequestedFor(urlEqualTo(PARTNER)).withRequestBody(equalToJson("""
                {"dpid":"","test":false,"takedown":"message"}
                """)));
        assertThatThrownBy(() -> PartnerUpdateParams.builder().takedown(PartnerTakedown.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_file_partner_is_a_folder_name_and_unset_fields_are_left_out() {
        api.stubFor(post(PARTNERS).willReturn(okJson(Fixtures.partner("ptn_2", "Streamly drop", "FILE", "streamly",
                false)).withStatus(201)));

        Partner partner = client().partners().create(PartnerCreateParams.builder().name("Streamly drop")
                .protocol(PartnerProtocol.FILE).endpoint("streamly").active(false).build());

        assertThat(partner.protocol()).isEqualTo(PartnerProtocol.FILE);
        assertThat(partner.hasCredentials()).isFalse();
        api.verify(postRequestedFor(urlEqualTo(PARTNERS)).withRequestBody(equalToJson("""
                {"name":"Streamly drop","protocol":"FILE","endpoint":"streamly","active":false}
                """)));
    }

    @Test
    void create_params_require_the_name_the_protocol_and_the_endpoint() {
        assertThatThrownBy(() -> PartnerCreateParams.builder().protocol(PartnerProtocol.FILE).endpoint("x").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> PartnerCreateParams.builder().name("x").endpoint("x").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("protocol");
        assertThatThrownBy(() -> PartnerCreateParams.builder().name("x").protocol(PartnerProtocol.FILE).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("endpoint");
    }

    @Test
    void a_400_on_the_endpoint_is_a_validation_exception_naming_the_field() {
        api.stubFor(post(PARTNERS).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("VALIDATION_ERROR", "The request has 1 invalid field",
                        "[{\"field\":\"endpoint\",\"message\":\"must use https\"}]", "req_endpoint"))));

        assertThatThrownBy(() -> client().partners().create(PartnerCreateParams.builder().name("Streamly")
                .protocol(PartnerProtocol.HTTP).endpoint("http://ingest.streamly.example").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.requestId()).isEqualTo("req_endpoint");
                    assertThat(e.details()).containsExactly(new ErrorDetail("endpoint", "must use https"));
                });
        api.verify(1, postRequestedFor(urlEqualTo(PARTNERS)));
    }

    @Test
    void retrieve_update_with_if_match_and_delete_and_credentials_given_as_a_string_are_sent_as_one() {
        api.stubFor(get(PARTNER).willReturn(okJson(Fixtures.partner("ptn_1", "Streamly", "HTTP",
                "https://ingest.streamly.example/ern", false))));
        api.stubFor(patch(urlEqualTo(PARTNER)).willReturn(okJson(Fixtures.partner("ptn_1", "Streamly EU", "HTTP",
                "https://ingest.streamly.example/ern", true))));
        api.stubFor(delete(PARTNER).willReturn(aResponse().withStatus(204)));

        Partner read = client().partners().retrieve("ptn_1");
        Partner changed = client().partners().update("ptn_1", PartnerUpdateParams.builder().name("Streamly EU")
                .territories("DE", "FR").credentials("rotated").build(),
                RequestOptions.builder().ifMatch(read.version()).build());
        client().partners().delete("ptn_1");

        assertThat(read.hasCredentials()).isFalse();
        assertThat(changed.name()).isEqualTo("Streamly EU");
        assertThat(changed.hasCredentials()).isTrue();
        api.verify(getRequestedFor(urlEqualTo(PARTNER)));
        api.verify(patchRequestedFor(urlEqualTo(PARTNER)).withHeader("If-Match", equalTo("\"1\""))
                .withHeader("Idempotency-Key", absent())
                .withRequestBody(equalToJson("""
                        {"name":"Streamly EU","territories":["DE","FR"],"credentials":"rotated"}
                        """)));
        api.verify(1, deleteRequestedFor(urlEqualTo(PARTNER)));
    }

    @Test
    void deleting_a_partner_with_deliveries_is_a_conflict() {
        api.stubFor(delete(PARTNER).willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.error("CONFLICT",
                        "Partner ptn_1 has deliveries; deactivate it instead (active: false)", "[]", "req_409"))));

        assertThatThrownBy(() -> client().partners().delete("ptn_1"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("deactivate it instead");
                    assertThat(e.requestId()).isEqualTo("req_409");
                });
        api.verify(1, deleteRequestedFor(urlEqualTo(PARTNER)));
    }

    @Test
    void list_reads_pages_and_auto_paging_follows_the_cursor() {
        api.stubFor(get(urlPathEqualTo(PARTNERS)).withQueryParam("cursor", absent()).willReturn(okJson("""
                {"data":[%s,%s],"has_more":true,"next_cursor":"cur_2"}
                """.formatted(Fixtures.partner("ptn_3", "C", "FILE", "c", false),
                Fixtures.partner("ptn_2", "B", "FILE", "b", false)))));
        api.stubFor(get(urlPathEqualTo(PARTNERS)).withQueryParam("cursor", equalTo("cur_2")).willReturn(okJson("""
                {"data":[%s],"has_more":false,"next_cursor":null}
                """.formatted(Fixtures.partner("ptn_1", "A", "FILE", "a", false)))));

        Page<Partner> first = client().partners().list(ListParams.builder().limit(2).build());

        assertThat(first.data()).extracting(Partner::id).containsExactly("ptn_3", "ptn_2");
        assertThat(first.autoPagingStream().map(Partner::id).toList()).containsExactly("ptn_3", "ptn_2", "ptn_1");
        api.verify(getRequestedFor(urlEqualTo(PARTNERS + "?limit=2")));
        api.verify(getRequestedFor(urlEqualTo(PARTNERS + "?limit=2&cursor=cur_2")));
    }
}
