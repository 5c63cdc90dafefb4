package io.soundport.bootstrap;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.NotificationSender;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sends each channel through its own sender (e-mail through SES, SMS and push through SNS) and the channels without
 * one through the fallback (the local mailbox), so that a mixed setup is one {@link NotificationSender}.
 */
final class ChannelRoutedNotificationSender implements NotificationSender {
    private final Map<Channel, NotificationSender> routes;
    private final NotificationSender fallback;

    ChannelRoutedNotificationSender(Map<Channel, NotificationSender> routes, NotificationSender fallback) {
        this.routes = new EnumMap<>(Channel.class);
        this.routes.putAll(routes);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public Result send(Channel channel, String to, String subject, String body) {
        return routes.getOrDefault(channel, fallback).send(channel, to, subject, body);
    }
}
