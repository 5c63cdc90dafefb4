package io.soundport.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.soundport.contracts.NotificationSenderContract;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.util.List;
import java.util.Set;

/** The contract against WireMock answering as SES does; what was delivered is read back from its request journal. */
class SesNotificationSenderContractTest extends NotificationSenderContract {
    @RegisterExtension
    static WireMockExtension ses = AwsStubs.server();

    private SesV2Client client;
    private SesNotificationSender sender;

    @BeforeEach
    void start() {
        ses.stubFor(SesStubs.sendEmail().willReturn(SesStubs.accepted()));
        client = AwsClients.ses(AwsStubs.settings(ses));
        sender = new SesNotificationSender(client, new SesNotificationSender.Settings("no-reply@soundport.test", null));
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
    protected List<Received> deliveredTo(String to) {
        return AwsStubs.served(ses).stream()
                .filter(e -> e.getRequest().getUrl().equals(SesStubs.SEND_EMAIL_PATH)
                        && e.getResponse().getStatus() == 200)
                .filter(e -> {
                    JsonNode addresses = AwsStubs.json(e.getRequest().getBodyAsString()).at("/Destination/ToAddresses");
                    return addresses.size() == 1 && addresses.get(0).asText().equals(to);
                })
                .map(e -> {
                    JsonNode simple = AwsStubs.json(e.getRequest().getBodyAsString()).at("/Content/Simple");
                    return new Received(Channel.EMAIL, simple.at("/Subject/Data").asText(),
                            simple.at("/Body/Text/Data").asText(),
                            AwsStubs.json(e.getResponse().getBodyAsString()).get("MessageId").asText());
                })
                .toList();
    }
}
