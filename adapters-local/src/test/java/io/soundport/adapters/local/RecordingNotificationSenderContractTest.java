package io.soundport.adapters.local;

import io.soundport.contracts.NotificationSenderContract;
import io.soundport.domain.notifications.NotificationSender;

import java.util.List;

class RecordingNotificationSenderContractTest extends NotificationSenderContract {
    private final RecordingNotificationSender sender = new RecordingNotificationSender();

    @Override
    protected NotificationSender sender() {
        return sender;
    }

    @Override
    protected List<Received> deliveredTo(String to) {
        return sender.sent().stream().filter(s -> s.to().equals(to))
                .map(s -> new Received(s.channel(), s.subject(), s.body(), s.providerMessageId()))
                .toList();
    }
}
