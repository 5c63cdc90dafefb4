package io.soundport.adapters.local;

import io.soundport.contracts.NotificationSenderContract;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

class RecordingNotificationSenderContractTest extends NotificationSenderContract {
    private final RecordingNotificationSender sender = new RecordingNotificationSender();

    @Override
    protected NotificationSender sender() {
        return sender;
    }

    @Override
    protected Set<Channel> channels() {
        return EnumSet.allOf(Channel.class);
    }

    @Override
    protected List<Received> deliveredTo(String to) {
        return sender.sent().stream().filter(s -> s.to().equals(to))
                .map(s -> new Received(s.channel(), s.subject(), s.body(), s.providerMessageId()))
                .toList();
    }
}
