package io.soundport.adapters.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.soundport.domain.distribution.DeliveryGateway.Result;
import io.soundport.domain.distribution.DeliveryKind;
import io.soundport.domain.distribution.DeliveryPackage;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.distribution.PartnerId;
import io.soundport.domain.distribution.Protocol;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Territory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class HttpDeliveryGatewayTest {
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final byte[] XML = "<?xml version=\"1.0\"?><ern:NewReleaseMessage xmlns:ern=\"http://ddex.net/xml/ern/43\">Björk</ern:NewReleaseMessage>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] MANIFEST = "{\"message_id\":\"msg_01\"}".getBytes(StandardCharsets.UTF_8);

    private WireMockServer dsp;
    private String endpoint;
    private HttpDeliveryGateway gateway;

    @BeforeEach
    void start() {
        dsp = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        dsp.start();
        endpoint = "http://127.0.0.1:" + dsp.port() + "/ingest";
        gateway = new HttpDeliveryGateway(new SsrfGuard(List.of("127.0.0.1")),
                Duration.ofSeconds(2), Duration.ofMillis(800));
    }

    @AfterEach
    void stop() {
        dsp.stop();
    }

    private static Partner partner(String url) {
        return new Partner(PartnerId.of("ptn_01"), OrganizationId.of("org_01"), "Streamly", Protocol.HTTP, url,
                List.of(Territory.WORLD), true, "ciphertext", NOW, NOW, 1);
    }

    private static final byte[] AUDIO = new byte[300_000];

    static {
        new java.util.Random(5).nextBytes(AUDIO);
    }

    /** The message, the manifest and an audio file streamed from its source. */
    private static DeliveryPackage pkg() {
        return new DeliveryPackage("msg_01", DeliveryKind.DELIVERY, "b1", "036000291452", List.of(
                DeliveryPackage.PackageFile.of("msg_01.xml", XML),
                DeliveryPackage.PackageFile.of("manifest.json", MANIFEST),
                new DeliveryPackage.PackageFile("resources/036000291452_01_001.flac", AUDIO.length,
                        () -> new java.io.ByteArrayInputStream(AUDIO))));
    }

    @Test
    void handles_http_only() {
        assertThat(gateway.handles(Protocol.HTTP)).isTrue();
        assertThat(gateway.handles(Protocol.FILE)).isFalse();
        assertThat(gateway.handles(Protocol.S3)).isFalse();
    }

    @Test
    void a_200_with_an_id_is_delivered_with_that_reference_and_the_parts_arrive_with_their_bytes() {
        dsp.stubFor(post("/ingest").willReturn(okJson("{\"status\":\"queued\",\"meta\":{\"id\":\"nested\"},\"id\":\"abc\"}")));

        Result result = gateway.deliver(partner(endpoint), "s3cr3t-token", pkg());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.partnerReference()).isEqualTo("abc");
        assertThat(result.error()).isNull();
        List<LoggedRequest> requests = dsp.findAll(postRequestedFor(urlEqualTo("/ingest")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer s3cr3t-token");
        assertThat(request.getHeader("X-Soundport-Message-Id")).isEqualTo("msg_01");
        assertThat(request.getHeader("X-Soundport-Delivery-Kind")).isEqualTo("DELIVERY");
        List<Request.Part> parts = List.copyOf(request.getParts());
        assertThat(parts).extracting(Request.Part::getName).containsExactly(
                "resources/036000291452_01_001.flac", "msg_01.xml", "manifest.json");
        assertThat(parts.get(0).getBody().asBytes()).isEqualTo(AUDIO);
        assertThat(parts.get(0).getHeader("Content-Type").firstValue()).isEqualTo("audio/flac");
        assertThat(parts.get(0).getHeader("Content-Disposition").firstValue())
                .contains("filename=\"resources/036000291452_01_001.flac\"");
        assertThat(parts.get(1).getBody().asBytes()).isEqualTo(XML);
        assertThat(parts.get(1).getHeader("Content-Type").firstValue()).startsWith("application/xml");
        assertThat(parts.get(1).getHeader("Content-Disposition").firstValue()).contains("filename=\"msg_01.xml\"");
        assertThat(parts.get(2).getBody().asBytes()).isEqualTo(MANIFEST);
        assertThat(parts.get(2).getHeader("Content-Type").firstValue()).startsWith("application/json");
    }

    @Test
    void without_credentials_no_authorization_header_is_sent() {
        dsp.stubFor(post("/ingest").willReturn(okJson("{\"reference\":\"ref-9\"}")));

        Result result = gateway.deliver(partner(endpoint), null, pkg());

        assertThat(result.partnerReference()).isEqualTo("ref-9");
        assertThat(dsp.findAll(anyRequestedFor(anyUrl())).get(0).containsHeader("Authorization")).isFalse();
    }

    @Test
    void the_location_header_is_the_reference_when_the_answer_has_no_id() {
        dsp.stubFor(post("/ingest").willReturn(aResponse().withStatus(202)
                .withHeader("Location", "https://dsp.example/deliveries/77").withBody("accepted")));

        Result result = gateway.deliver(partner(endpoint), null, pkg());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.partnerReference()).isEqualTo("https://dsp.example/deliveries/77");
    }

    @Test
    void a_2xx_without_any_reference_is_delivered_without_one() {
        dsp.stubFor(post("/ingest").willReturn(aResponse().withStatus(204)));

        Result result = gateway.deliver(partner(endpoint), null, pkg());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.partnerReference()).isNull();
    }

    @Test
    void a_500_is_a_failure_with_the_status_and_no_secret() {
        dsp.stubFor(post("/ingest").willReturn(aResponse().withStatus(500).withBody("{\"id\":\"nope\"}")));

        Result result = gateway.deliver(partner(endpoint), "s3cr3t-token", pkg());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.partnerReference()).isNull();
        assertThat(result.error()).isEqualTo("HTTP 500").doesNotContain("s3cr3t");
    }

    @Test
    void a_redirect_is_not_followed_and_fails() {
        dsp.stubFor(post("/ingest").willReturn(aResponse().withStatus(307).withHeader("Location", "http://10.0.0.1/")));

        Result result = gateway.deliver(partner(endpoint), null, pkg());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("307").contains("redirects are not followed");
        assertThat(dsp.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void a_partner_that_does_not_answer_in_time_fails_with_a_timeout() {
        dsp.stubFor(post("/ingest").willReturn(okJson("{\"id\":\"late\"}").withFixedDelay(3_000)));

        long start = System.nanoTime();
        Result result = gateway.deliver(partner(endpoint), null, pkg());
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("timed out").contains("800 ms");
        assertThat(elapsedMs).isLessThan(2_500);
    }

    @Test
    void a_private_address_is_refused_before_any_connection() {
        HttpDeliveryGateway strict = new HttpDeliveryGateway(new SsrfGuard(List.of()),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        for (String url : List.of("https://10.0.0.1/ingest", "https://127.0.0.1:" + dsp.port() + "/ingest",
                "https://169.254.169.254/latest", "https://[::1]/x")) {
            Result result = strict.deliver(partner(url), "s3cr3t-token", pkg());
            assertThat(result.succeeded()).as(url).isFalse();
            assertThat(result.error()).as(url).startsWith("refused by the SSRF guard").doesNotContain("s3cr3t");
        }
        Result plainHttp = strict.deliver(partner("http://dsp.example/ingest"), null, pkg());
        assertThat(plainHttp.error()).contains("https");
        assertThat(dsp.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void a_name_that_resolves_to_a_private_address_is_refused_at_call_time() {
        HttpDeliveryGateway rebinding = new HttpDeliveryGateway(new SsrfGuard(List.of(), host -> {
            try {
                return new java.net.InetAddress[]{java.net.InetAddress.getByAddress(host, new byte[]{10, 0, 0, 7})};
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }), Duration.ofSeconds(1), Duration.ofSeconds(1));

        Result result = rebinding.deliver(partner("https://dsp.example/ingest"), null, pkg());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).contains("refused by the SSRF guard");
    }

    @Test
    void basic_credentials_and_a_named_header_are_sent_as_the_partner_asked() {
        dsp.stubFor(post("/ingest").willReturn(okJson("{\"id\":\"x\"}")));

        gateway.deliver(partner(endpoint), "{\"type\":\"basic\",\"username\":\"soundport\",\"password\":\"pw\"}",
                pkg());
        gateway.deliver(partner(endpoint), "{\"type\":\"header\",\"name\":\"X-Api-Key\",\"value\":\"k-123\"}",
                pkg());

        List<LoggedRequest> requests = dsp.findAll(postRequestedFor(urlEqualTo("/ingest")));
        assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Basic c291bmRwb3J0OnB3");
        assertThat(requests.get(1).getHeader("X-Api-Key")).isEqualTo("k-123");
        assertThat(requests.get(1).containsHeader("Authorization")).isFalse();
    }

    @Test
    void credentials_that_cannot_be_a_header_fail_without_being_echoed() {
        Result result = gateway.deliver(partner(endpoint), "tok\r\nX-Evil: 1", pkg());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).doesNotContain("tok").doesNotContain("Evil");
        assertThat(dsp.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void a_partner_of_another_protocol_is_refused() {
        Partner file = new Partner(PartnerId.of("ptn_02"), OrganizationId.of("org_01"), "Drop", Protocol.FILE,
                "drop", List.of(), true, null, NOW, NOW, 1);
        assertThat(gateway.deliver(file, null, pkg()).error()).contains("not HTTP");
    }

    @Test
    void the_reference_is_read_from_id_then_reference_then_location() {
        assertThat(HttpDeliveryGateway.reference("{\"id\":\"a\",\"reference\":\"b\"}", "c")).isEqualTo("a");
        assertThat(HttpDeliveryGateway.reference("{\"reference\":\"b\"}", "c")).isEqualTo("b");
        assertThat(HttpDeliveryGateway.reference("{\"id\":42}", "c")).isEqualTo("42");
        assertThat(HttpDeliveryGateway.reference("{\"id\":null,\"x\":[1,{\"id\":\"deep\"}]}", "c")).isEqualTo("c");
        assertThat(HttpDeliveryGateway.reference("{\"id\":\"a\\u00e9\\\"q\"}", null)).isEqualTo("aé\"q");
        assertThat(HttpDeliveryGateway.reference("not json", "c")).isEqualTo("c");
        assertThat(HttpDeliveryGateway.reference("{\"id\":\"a\"", "c")).isEqualTo("c");
        assertThat(HttpDeliveryGateway.reference("{\"id\":\"a\"} trailing", null)).isNull();
        assertThat(HttpDeliveryGateway.reference("", null)).isNull();
    }
}
