package io.soundport.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * EventBridge's {@code PutEvents} as AWS answers it (JSON 1.1: an entry per request entry, in order, with an
 * {@code EventId} or an {@code ErrorCode}, and {@code FailedEntryCount}), keeping the entries it took. A test may make
 * it refuse entries: the refusal function gets an entry and how many times that event was sent before.
 */
final class FakeEventBridge implements ResponseDefinitionTransformerV2 {
    static final String NAME = "fake-eventbridge";

    private final List<JsonNode> accepted = new ArrayList<>();
    private final Map<String, Integer> attempts = new HashMap<>();
    private BiFunction<JsonNode, Integer, String> refusal = (entry, before) -> null;

    static MappingBuilder putEvents() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                .willReturn(new ResponseDefinitionBuilder().withTransformers(NAME));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    synchronized void reset() {
        accepted.clear();
        attempts.clear();
        refusal = (entry, before) -> null;
    }

    /** The error code for an entry (null to take it), given how many times its event was sent before. */
    synchronized void refuse(BiFunction<JsonNode, Integer, String> refusal) {
        this.refusal = refusal;
    }

    /** The entries taken, oldest first. */
    synchronized List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        JsonNode request = AwsStubs.json(serveEvent.getRequest().getBodyAsString());
        ObjectNode response = AwsStubs.JSON.createObjectNode();
        ArrayNode entries = response.putArray("Entries");
        int failed = 0;
        for (JsonNode entry : request.get("Entries")) {
            String id = AwsStubs.json(entry.get("Detail").asText()).get("id").asText();
            int before = attempts.merge(id, 1, Integer::sum) - 1;
            String errorCode = refusal.apply(entry, before);
            if (errorCode == null) {
                accepted.add(entry);
                entries.addObject().put("EventId", UUID.randomUUID().toString());
            } else {
                failed++;
                entries.addObject().put("ErrorCode", errorCode).put("ErrorMessage", "refused by the test");
            }
        }
        response.put("FailedEntryCount", failed);
        return new ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .withBody(response.toString()).build();
    }
}
