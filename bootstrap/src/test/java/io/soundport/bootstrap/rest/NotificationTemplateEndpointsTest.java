package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationTemplateEndpointsTest extends RestTest {

    @Test
    void a_template_is_created_read_with_its_etag_and_fills_a_notification_sent_to_the_mailbox() throws Exception {
        Account account = register();
        Api.Response created = account.api().post("/notifications/templates", obj("name", "release-live",
                "channel", "email", "subject", "{{release.title}} is live",
                "body", "Hello {{name}},\n{{#tracks}}- {{.}}\n{{/tracks}}"));

        created.expect(201);
        assertThat(created.header("Location")).endsWith("/api/v1/notifications/templates/" + created.id());
        assertThat(created.text("channel")).isEqualTo("EMAIL");
        String etag = created.header("ETag");
        account.api().with("If-None-Match", etag).get("/notifications/templates/" + created.id()).expect(304);

        String to = uniqueEmail("fan");
        String id = account.api().post("/notifications", obj("channel", "email", "to", to,
                "template", "release-live", "data", Map.of("name", "Ada", "release", Map.of("title", "Night Drive"),
                        "tracks", List.of("Sunset", "Los Angeles")))).expect(202).id();

        JsonNode n = account.api().get("/notifications/" + id).expect(200).json();
        assertThat(n.path("subject").asText()).isEqualTo("Night Drive is live");
        assertThat(n.path("body").asText()).isEqualTo("Hello Ada,\n- Sunset\n- Los Angeles");
        assertThat(n.path("template_id").asText()).isEqualTo(created.id());
        assertThat(Mailbox.awaitMessagesTo(dataDir, to, 1)).singleElement().asString()
                .contains("Subject: Night Drive is live").contains("- Los Angeles");
    }

    @Test
    void a_template_that_does_not_parse_or_fit_its_channel_is_refused_with_every_field() {
        Account account = register();

        Api.Response broken = account.api().post("/notifications/templates", obj("name", "", "channel", "sms",
                "subject", "SMS have none", "body", "{{#open}} never closed"));

        broken.error(400, "VALIDATION_ERROR");
        assertThat(broken.errorFields()).containsExactlyInAnyOrder("name", "subject");
        Api.Response partial = account.api().post("/notifications/templates", obj("name", "p", "channel", "push",
                "body", "{{> header}}"));
        partial.error(400, "VALIDATION_ERROR");
        assertThat(partial.errorFields()).containsExactly("body");
        assertThat(account.api().get("/notifications/templates").expect(200).ids()).isEmpty();
    }

    @Test
    void a_name_is_unique_a_change_honours_if_match_and_a_deleted_template_fills_nothing() {
        Account account = register();
        Api.Response created = account.api().post("/notifications/templates", obj("name", "code", "channel", "sms",
                "body", "{{code}} is your code")).expect(201);
        Api.Response twin = account.api().post("/notifications/templates", obj("name", "code", "channel", "sms",
                "body", "again"));
        twin.error(409, "CONFLICT");

        Api.Response changed = account.api().with("If-Match", created.header("ETag"))
                .patch("/notifications/templates/" + created.id(), obj("body", "Your code: {{code}}"));
        changed.expect(200);
        assertThat(changed.text("name")).isEqualTo("code");
        assertThat(changed.text("channel")).isEqualTo("SMS");
        account.api().with("If-Match", created.header("ETag"))
                .patch("/notifications/templates/" + created.id(), obj("body", "lost")).error(412, "PRECONDITION_FAILED");

        account.api().with("If-Match", changed.header("ETag")).delete("/notifications/templates/" + created.id())
                .expect(204);
        account.api().get("/notifications/templates/" + created.id()).error(404, "NOT_FOUND");
        Api.Response unknown = account.api().post("/notifications", obj("channel", "sms", "to", "+15555550100",
                "template", "code", "data", Map.of("code", "1234")));
        unknown.error(400, "VALIDATION_ERROR");
        assertThat(unknown.errorFields()).containsExactly("template");
        register().api().get("/notifications/templates/" + changed.id()).error(404, "NOT_FOUND");
    }
}
