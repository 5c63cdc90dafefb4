package io.soundport.domain.notifications;

import org.junit.jupiter.api.Test;

import static io.soundport.domain.testing.DomainFixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class RecipientTest {

    @Test
    void an_email_address_is_kept_in_lower_case_so_that_one_mailbox_is_one_recipient() {
        assertThat(Recipient.of(Channel.EMAIL, "  Ada.Lovelace@Example.COM ", "to"))
                .isEqualTo(Recipient.of(Channel.EMAIL, "ada.lovelace@example.com", "to"))
                .extracting(Recipient::address).isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void what_is_not_an_email_address_is_refused_under_the_field_named() {
        for (String bad : new String[]{"ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
                "ada lovelace@example.com", "ada@example.com\r\nBcc: eve@example.com", "a..b@example.com"}) {
            assertThat(assertInvalid(() -> Recipient.of(Channel.EMAIL, bad, "to"), "to").getMessage())
                    .as(bad).isNotBlank();
        }
    }

    @Test
    void a_phone_number_is_kept_in_e164_however_it_was_written() {
        assertThat(Recipient.of(Channel.SMS, "+1 (555) 555-0100", "to").address()).isEqualTo("+15555550100");
        assertThat(Recipient.of(Channel.SMS, "+44 20.7946.0958", "to").address()).isEqualTo("+442079460958");
    }

    @Test
    void a_phone_number_without_its_country_code_or_of_the_wrong_length_is_refused() {
        for (String bad : new String[]{"5555550100", "+0555550100", "+1555", "+1234567890123456", "+1 555 CALL NOW",
                "ada@example.com"}) {
            assertInvalid(() -> Recipient.of(Channel.SMS, bad, "to"), "to");
        }
    }

    @Test
    void push_goes_to_a_device_token_or_to_an_sns_platform_endpoint() {
        String apns = "a".repeat(64);
        String fcm = "dQw4w9WgXcQ:APA91bH-" + "x_y".repeat(40);
        String arn = "arn:aws:sns:eu-west-1:123456789012:endpoint/GCM/soundport-app/"
                + "5e3f2c1a-9b8d-4c7e-a6f5-0d1e2f3a4b5c";

        assertThat(Recipient.of(Channel.PUSH, apns, "to").address()).isEqualTo(apns);
        assertThat(Recipient.of(Channel.PUSH, fcm, "to").address()).isEqualTo(fcm);
        assertThat(Recipient.of(Channel.PUSH, arn, "to").address()).isEqualTo(arn);
        assertInvalid(() -> Recipient.of(Channel.PUSH, "short-token", "to"), "to");
        assertInvalid(() -> Recipient.of(Channel.PUSH, "a".repeat(40) + " " + "b".repeat(40), "to"), "to");
        assertInvalid(() -> Recipient.of(Channel.PUSH, "arn:aws:sns:eu-west-1:123456789012:my-topic", "to"), "to");
    }

    @Test
    void a_blank_recipient_is_refused_on_every_channel() {
        for (Channel channel : Channel.values()) {
            assertInvalid(() -> Recipient.of(channel, "  ", "to"), "to");
            assertInvalid(() -> Recipient.of(channel, null, "to"), "to");
        }
    }

    @Test
    void the_address_is_masked_where_a_recipient_is_printed() {
        assertThat(Recipient.of(Channel.EMAIL, "ada@example.com", "to")).hasToString("email:a***@example.com");
        assertThat(Recipient.of(Channel.SMS, "+15555550100", "to")).hasToString("sms:***0100");
        assertThat(Recipient.of(Channel.PUSH, "abcdef" + "0".repeat(58), "to")).hasToString("push:abcdef***");
    }

    @Test
    void a_channel_is_read_in_any_case_and_anything_else_is_refused() {
        assertThat(Channel.parse(" Email ", "channel")).isEqualTo(Channel.EMAIL);
        assertThat(Channel.parse("sms", "channel")).isEqualTo(Channel.SMS);
        assertInvalid(() -> Channel.parse("fax", "channel"), "channel");
        assertInvalid(() -> Channel.parse(null, "channel"), "channel");
    }
}
