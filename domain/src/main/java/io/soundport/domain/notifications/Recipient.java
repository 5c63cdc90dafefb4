package io.soundport.domain.notifications;

import io.soundport.domain.identity.Email;
import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whom a notification goes to, checked for its channel and kept in one normal form, so that an opt-out matches
 * however the address was written: an e-mail address (lower case, as an account's), a phone number in E.164 ({@code +15555550100};
 * spaces, dots, dashes and parentheses dropped) for SMS, and for push a device token or an SNS platform endpoint ARN.
 */
public record Recipient(Channel channel, String address) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");
    private static final Pattern DEVICE_TOKEN = Pattern.compile("[A-Za-z0-9_:.-]{32,4096}");
    private static final Pattern ENDPOINT_ARN = Pattern.compile(
            "arn:aws(?:-cn|-us-gov)?:sns:[a-z0-9-]{1,32}:[0-9]{12}:endpoint/[A-Z_]{2,16}/[A-Za-z0-9._-]{1,256}/"
                    + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public Recipient {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
    }

    /** Checks {@code raw} for {@code channel} and normalizes it; refused as invalid under {@code field}. */
    public static Recipient of(Channel channel, String raw, String field) {
        Objects.requireNonNull(channel, "channel");
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        String value = raw.strip();
        return new Recipient(channel, switch (channel) {
            case EMAIL -> email(value, field);
            case SMS -> phone(value, field);
            case PUSH -> device(value, field);
        });
    }

    /** As an account's {@link Email}: one mailbox, one normal form. */
    private static String email(String value, String field) {
        try {
            return Email.of(value).value();
        } catch (DomainException e) {
            throw DomainException.invalid(field, "must be an e-mail address such as ada@example.com");
        }
    }

    private static String phone(String value, String field) {
        String compact = PHONE_SEPARATORS.matcher(value).replaceAll("");
        if (!E164.matcher(compact).matches()) {
            throw DomainException.invalid(field, "must be a phone number in E.164 form such as +15555550100");
        }
        return compact;
    }

    private static String device(String value, String field) {
        // an ARN is an endpoint's or nothing: a topic's would fan out to everyone subscribed
        boolean valid = value.startsWith("arn:") ? ENDPOINT_ARN.matcher(value).matches()
                : DEVICE_TOKEN.matcher(value).matches();
        if (!valid) {
            throw DomainException.invalid(field,
                    "must be a push device token (32 to 4096 letters, digits, '_', ':', '.' or '-') or an SNS platform"
                            + " endpoint ARN");
        }
        return value;
    }

    /** The channel and the address, {@code email:ada@example.com}: one text per recipient, for keys and cursors. */
    public String key() {
        return channel.name().toLowerCase(Locale.ROOT) + ":" + address;
    }

    /** The channel and a masked address, for logs: a recipient is personal data. */
    @Override
    public String toString() {
        String shown = switch (channel) {
            case EMAIL -> address.charAt(0) + "***" + address.substring(address.lastIndexOf('@'));
            case SMS -> "***" + address.substring(address.length() - 4);
            case PUSH -> address.substring(0, 6) + "***";
        };
        return channel.name().toLowerCase(Locale.ROOT) + ":" + shown;
    }
}
