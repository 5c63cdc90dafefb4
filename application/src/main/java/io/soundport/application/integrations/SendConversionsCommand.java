package io.soundport.application.integrations;

import io.soundport.domain.integrations.ads.ActionSource;
import io.soundport.domain.integrations.ads.ConversionBatch;
import io.soundport.domain.integrations.ads.ConversionEvent;
import io.soundport.domain.integrations.ads.ConversionUser;
import io.soundport.domain.integrations.ads.CustomerHash;
import io.soundport.domain.integrations.ads.PixelId;
import io.soundport.domain.integrations.ads.Sha256Hex;
import io.soundport.domain.shared.Money;
import io.soundport.domain.shared.Validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Send conversion events to a Meta pixel through the Conversions API. {@link #of} hashes every piece of customer
 * information at once with Meta's normalization ({@link CustomerHash}): the command holds only hashes (and the values
 * Meta wants plain: client IP address, user agent, {@code fbc}, {@code fbp}), so no e-mail or phone is logged or kept.
 * The use case checks {@code eventTime} against the clock (Meta takes events of the last 7 days).
 */
public record SendConversionsCommand(ConversionBatch batch) {
    /** 9999-12-31T23:59:59Z: beyond it a number of seconds names no time worth checking. */
    private static final long LATEST_EVENT_TIME = 253_402_300_799L;

    public SendConversionsCommand {
        Objects.requireNonNull(batch, "batch");
    }

    /** One event as given: {@code eventTime} in seconds since the epoch, the value in major units. */
    public record Event(String eventName, Long eventTime, String eventId, String actionSource, UserData userData,
                        BigDecimal value, String currency) {
    }

    /** Who converted, as given. Its text never shows the values. */
    public record UserData(String email, String phone, String firstName, String lastName, String city, String state,
                           String zip, String country, String externalId, String clientIpAddress,
                           String clientUserAgent, String fbc, String fbp) {
        @Override
        public String toString() {
            return "UserData[***]";
        }
    }

    public static SendConversionsCommand of(String pixelId, String testEventCode, List<Event> events) {
        Validation v = new Validation();
        PixelId pixel = v.field("pixelId", () -> PixelId.of(pixelId));
        v.field("testEventCode", () -> Validation.optionalText(testEventCode, "testEventCode", 100));
        List<ConversionEvent> read = new ArrayList<>();
        if (events == null || events.isEmpty() || events.size() > ConversionBatch.MAX_EVENTS) {
            v.require(false, "events", "must hold 1 to " + ConversionBatch.MAX_EVENTS + " events");
        } else {
            for (int i = 0; i < events.size(); i++) {
                Event event = events.get(i);
                String at = "events[" + i + "]";
                if (event == null) {
                    v.require(false, at, "must be an event");
                    continue;
                }
                ConversionEvent e = v.nested(at, () -> event(event));
                if (e != null) {
                    read.add(e);
                }
            }
        }
        v.throwIfInvalid();
        return new SendConversionsCommand(new ConversionBatch(pixel, testEventCode, read));
    }

    private static ConversionEvent event(Event event) {
        Validation v = new Validation();
        v.require(event.eventTime() != null && event.eventTime() > 0 && event.eventTime() <= LATEST_EVENT_TIME,
                "eventTime", "must be the time of the event in seconds since 1970-01-01T00:00:00Z");
        ActionSource source = v.field("actionSource", () -> ActionSource.of(event.actionSource(), "actionSource"));
        Money value = v.nested("", () -> event.value() == null && event.currency() == null ? null
                : Amounts.money(event.value(), event.currency(), "customData.value"));
        ConversionUser user = event.userData() == null ? null : v.nested("userData", () -> user(event.userData()));
        v.require(event.userData() != null, "userData", "must say who converted");
        v.field("eventName", () -> Validation.requireText(event.eventName(), "eventName", 100));
        v.field("eventId", () -> Validation.requireText(event.eventId(), "eventId", 200));
        v.throwIfInvalid();
        return new ConversionEvent(event.eventName(), Instant.ofEpochSecond(event.eventTime()), event.eventId(),
                source, user, value);
    }

    private static ConversionUser user(UserData u) {
        Validation v = new Validation();
        Sha256Hex email = hash(v, "email", u.email(), CustomerHash::email);
        Sha256Hex phone = hash(v, "phone", u.phone(), CustomerHash::phone);
        Sha256Hex firstName = hash(v, "firstName", u.firstName(), CustomerHash::name);
        Sha256Hex lastName = hash(v, "lastName", u.lastName(), CustomerHash::name);
        Sha256Hex city = hash(v, "city", u.city(), CustomerHash::city);
        Sha256Hex state = hash(v, "state", u.state(), CustomerHash::state);
        Sha256Hex zip = hash(v, "zip", u.zip(), CustomerHash::zip);
        Sha256Hex country = hash(v, "country", u.country(), CustomerHash::country);
        Sha256Hex externalId = hash(v, "externalId", u.externalId(), CustomerHash::externalId);
        String ip = v.field("clientIpAddress", () -> Validation.optionalText(u.clientIpAddress(), "clientIpAddress",
                45));
        String agent = v.field("clientUserAgent", () -> Validation.optionalText(u.clientUserAgent(),
                "clientUserAgent", 1000));
        String fbc = v.field("fbc", () -> Validation.optionalText(u.fbc(), "fbc", 500));
        String fbp = v.field("fbp", () -> Validation.optionalText(u.fbp(), "fbp", 500));
        v.throwIfInvalid();
        return new ConversionUser(email, phone, firstName, lastName, city, state, zip, country, externalId, ip, agent,
                fbc, fbp);
    }

    private static Sha256Hex hash(Validation v, String field, String raw,
                                  BiFunction<String, String, Sha256Hex> normalize) {
        return raw == null || raw.isBlank() ? null : v.field(field, () -> normalize.apply(raw, field));
    }
}
