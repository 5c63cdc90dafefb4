package io.soundport.adapters.aws;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** SES API v2 as AWS answers it. */
final class SesStubs {
    static final String SEND_EMAIL_PATH = "/v2/email/outbound-emails";

    private SesStubs() {
    }

    static MappingBuilder sendEmail() {
        return post(urlPathEqualTo(SEND_EMAIL_PATH));
    }

    /** 200 with a new message id, as SES answers a message it took. */
    static ResponseDefinitionBuilder accepted() {
        return okJson("{\"MessageId\":\"0100018f{{randomValue length=8 type='NUMERIC'}}-{{randomValue type='UUID'}}-000000\"}");
    }

    /** An error of the REST-JSON protocol: the code in {@code x-amzn-ErrorType}, a message in the body. */
    static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazonaws.services.sesv2/")
                .withHeader("x-amzn-RequestId", "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")
                .withBody("{\"message\":\"" + message + "\"}");
    }
}
