package io.soundport.adapters.aws;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** SNS as AWS answers it: the query protocol, form-encoded actions, XML answers. */
final class SnsStubs {
    static final String ENDPOINT_ARN_PREFIX = "arn:aws:sns:eu-west-1:123456789012:endpoint/GCM/soundport/";

    private SnsStubs() {
    }

    static MappingBuilder action(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    static ResponseDefinitionBuilder published() {
        return xml(200, """
                <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <PublishResult>
                    <MessageId>{{randomValue type='UUID'}}</MessageId>
                  </PublishResult>
                  <ResponseMetadata>
                    <RequestId>{{randomValue type='UUID'}}</RequestId>
                  </ResponseMetadata>
                </PublishResponse>""");
    }

    static ResponseDefinitionBuilder endpointCreated(String endpointArn) {
        return xml(200, """
                <CreatePlatformEndpointResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <CreatePlatformEndpointResult>
                    <EndpointArn>%s</EndpointArn>
                  </CreatePlatformEndpointResult>
                  <ResponseMetadata>
                    <RequestId>7a2b9c33-5bb0-5c0c-8f2b-EXAMPLE</RequestId>
                  </ResponseMetadata>
                </CreatePlatformEndpointResponse>""".formatted(endpointArn));
    }

    static ResponseDefinitionBuilder error(int status, String type, String code, String message) {
        return xml(status, """
                <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <Error>
                    <Type>%s</Type>
                    <Code>%s</Code>
                    <Message>%s</Message>
                  </Error>
                  <RequestId>9f2c1e77-ea48-5b3c-9d1e-EXAMPLE</RequestId>
                </ErrorResponse>""".formatted(type, code, message));
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }
}
