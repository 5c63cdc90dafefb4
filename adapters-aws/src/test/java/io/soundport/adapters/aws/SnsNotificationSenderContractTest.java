package io.soundport.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.contracts.NotificationSenderContract;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The contract against WireMock answering as SNS does: SMS to phone numbers, push to endpoint ARNs; what was
 * delivered is read back from the {@code Publish} requests it received.
 */
class SnsNotificationSenderContractTest extends NotificationSenderContract {
    @RegisterExtension
    static WireMockExtension sns = AwsStubs.server();

    private SnsClient client;
    private SnsNotificationSender sender;

    @BeforeEach
    void start() {
        sns.stubFor(SnsStubs.action("Publish").willReturn(SnsStubs.published()));
        client = AwsClients.sns(AwsStubs.settings(sns));
        sender = new SnsNotificationSender(client, new SnsNotificationSender.Settings("Soundport", null));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Override
    protected NotificationSender sender() {
        return sender;
    }

    @Override
    protected Set<Channel> channels() {
        return sender.channels();
    }

    @Override
    protected String recipient(Channel channel) {
        return channel == Channel.PUSH ? SnsStubs.ENDPOINT_ARN_PREFIX + UUID.randomUUID() : sampleRecipient(channel);
    }

    @Override
    protected List<Received> deliveredTo(String to) {
        return AwsStubs.served(sns).stream()
                .filter(e -> e.getResponse().getStatus() == 200)
                .map(e -> Map.entry(AwsStubs.form(e.getRequest()),
                        AwsStubs.xmlElement(e.getResponse().getBodyAsString(), "MessageId")))
                .filter(e -> "Publish".equals(e.getKey().get("Action"))
                        && (to.equals(e.getKey().get("PhoneNumber")) || to.equals(e.getKey().get("TargetArn"))))
                .map(e -> received(e.getKey(), e.getValue()))
                .toList();
    }

    private static Received received(Map<String, String> publish, String messageId) {
        if (publish.containsKey("PhoneNumber")) {
            return new Received(Channel.SMS, publish.get("Subject"), publish.get("Message"), messageId);
        }
        JsonNode gcm = AwsStubs.json(AwsStubs.json(publish.get("Message")).get("GCM").asText()).get("notification");
        return new Received(Channel.PUSH, gcm.has("title") ? gcm.get("title").asText() : null,
                gcm.get("body").asText(), messageId);
    }
}
