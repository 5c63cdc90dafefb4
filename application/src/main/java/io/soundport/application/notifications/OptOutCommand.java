package io.soundport.application.notifications;

import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.shared.Validation;

import java.util.Objects;

/** A recipient to put on the organization's opt-out list, or to take off it. Build it with {@link #of}. */
public record OptOutCommand(Recipient recipient) {
    public OptOutCommand {
        Objects.requireNonNull(recipient, "recipient");
    }

    /** The channel ({@code email}, {@code sms}, {@code push}) and the address as given; both are checked. */
    public static OptOutCommand of(String channel, String to) {
        Validation v = new Validation();
        Channel c = v.field("channel", () -> Channel.parse(channel, "channel"));
        Recipient r = c == null ? null : v.field("to", () -> Recipient.of(c, to, "to"));
        v.throwIfInvalid();
        return new OptOutCommand(r);
    }

    /** Never shows the address: personal data. */
    @Override
    public String toString() {
        return "OptOutCommand[" + recipient + "]";
    }
}
