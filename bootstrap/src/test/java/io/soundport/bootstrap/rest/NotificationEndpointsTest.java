package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationEndpointsTest extends RestTest {

    /** The ids of the notifications a test queued, newest first: the sign-up's verification mail left out. */
    private static List<String> queued(Account account, String query) {
        return StreamSupport.stream(account.api().get("/notifications" + query).expect(200).json().path("data")
                        .spliterator(), false)
                .filter(n -> !n.path("confidential").asBoolean())
                .map(n -> n.path("id").asText())
                .toList();
    }

    @Test
    void a_queued_email_is_answered_202_then_sent_by_the_worker_into_the_local_mailbox() throws Exception {
        Account account = register();
        String to = uniqueEmail("fan");

        Api.Response queued = account.api().post("/notifications", obj("channel", "email", "to", to.toUpperCase(),
                "subject", "Kind of Blue is out", "body", "Listen now.\nThank you."));

        queued.expect(202);
        assertThat(queued.text("status")).isEqualTo("QUEUED");
        assertThat(queued.text("channel")).isEqualTo("EMAIL");
        assertThat(queued.text("to")).isEqualTo(to);
        JsonNode sent = awaitNotification(account, queued.id());
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(sent.path("provider_message_id").asText()).isNotBlank();
        assertThat(sent.path("attempts").asInt()).isEqualTo(1);
        assertThat(sent.path("sent_at").asText()).isNotBlank();
        assertThat(Mailbox.messagesTo(dataDir, to)).singleElement().asString()
                .contains("Subject: Kind of Blue is out").contains("Listen now.\nThank you.");
    }

    @Test
    void a_request_with_invalid_fields_is_refused_with_every_field_and_nothing_is_queued() {
        Account account = register();

        Api.Response bad = account.api().post("/notifications", obj("channel", "sms", "to", "555-0100",
                "subject", "SMS have none", "body", ""));

        bad.error(400, "VALIDATION_ERROR");
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("to");
        Api.Response text = account.api().post("/notifications", obj("channel", "sms", "to", "+15555550100",
                "subject", "SMS have none", "body", " "));
        text.error(400, "VALIDATION_ERROR");
        assertThat(text.errorFields()).containsExactlyInAnyOrder("subject", "body");
        account.api().post("/notifications", obj("channel", "fax", "to", "x")).error(400, "VALIDATION_ERROR");
        assertThat(queued(account, "")).isEmpty();
    }

    @Test
    void the_list_filters_by_status_and_channel_and_a_viewer_reads_it() throws Exception {
        Account account = register();
        String mail = account.api().post("/notifications", obj("channel", "email", "to", uniqueEmail("a"),
                "subject", "A", "body", "a")).expect(202).id();
        String push = account.api().post("/notifications", obj("channel", "push", "to", "f".repeat(64),
                "subject", "B", "body", "b")).expect(202).id();
        awaitNotification(account, mail);
        awaitNotification(account, push);

        assertThat(queued(account, "")).containsExactly(push, mail);
        assertThat(queued(account, "?channel=push&status=sent"))
                .containsExactly(push);
        assertThat(queued(account, "?status=failed")).isEmpty();
        Api.Response lost = account.api().get("/notifications?status=lost");
        lost.error(400, "VALIDATION_ERROR");
        assertThat(lost.errorFields()).containsExactly("status");
        Account viewer = member(account, "VIEWER");
        assertThat(viewer.api().get("/notifications/" + mail).expect(200).id()).isEqualTo(mail);
        viewer.api().post("/notifications", obj("channel", "email", "to", uniqueEmail("v"), "subject", "x",
                "body", "y")).error(403, "AUTHORIZATION_ERROR");
    }

    @Test
    void another_organizations_notification_and_an_unknown_id_are_not_found() {
        Account owner = register();
        String id = owner.api().post("/notifications", obj("channel", "email", "to", uniqueEmail("b"),
                "subject", "Mine", "body", "mine")).expect(202).id();

        register().api().get("/notifications/" + id).error(404, "NOT_FOUND");
        owner.api().get("/notifications/ntf_01HZX0000000000000000000Z9").error(404, "NOT_FOUND");
        owner.api().get("/notifications/not-an-id").error(404, "NOT_FOUND");
    }

    @Test
    void a_repeated_idempotency_key_queues_once() {
        Account account = register();
        Map<String, Object> body = obj("channel", "email", "to", uniqueEmail("c"), "subject", "Once", "body", "1");

        Api.Response first = account.api().with("Idempotency-Key", "notify-once-1").post("/notifications", body);
        Api.Response again = account.api().with("Idempotency-Key", "notify-once-1").post("/notifications", body);

        first.expect(202);
        again.expect(202);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(queued(account, "")).containsExactly(first.id());
    }

    @Test
    void a_template_data_without_a_template_is_refused() {
        Account account = register();

        Api.Response r = account.api().post("/notifications", obj("channel", "email", "to", uniqueEmail("d"),
                "subject", "Hi", "body", "Hello", "data", Map.of("items", List.of(1, 2))));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("data");
    }
}
