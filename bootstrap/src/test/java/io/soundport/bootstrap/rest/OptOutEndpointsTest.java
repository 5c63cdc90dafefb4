package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class OptOutEndpointsTest extends RestTest {
    private static final String ENDPOINT_ARN =
            "arn:aws:sns:eu-west-1:123456789012:endpoint/APNS/soundport/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    private static String query(String channel, String to) {
        return "/notifications/opt-outs?channel=" + channel + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
    }

    @Test
    void an_opted_out_recipient_is_listed_once_refused_on_that_channel_and_can_be_taken_off_again() {
        Account account = register();
        String to = uniqueEmail("fan");

        Api.Response added = account.api().post("/notifications/opt-outs", obj("channel", "email",
                "to", " " + to.toUpperCase() + " "));
        Api.Response again = account.api().post("/notifications/opt-outs", obj("channel", "EMAIL", "to", to));

        added.expect(200);
        assertThat(added.text("channel")).isEqualTo("EMAIL");
        assertThat(added.text("to")).isEqualTo(to);
        again.expect(200);
        assertThat(again.text("created_at")).isEqualTo(added.text("created_at"));
        assertThat(account.api().get("/notifications/opt-outs").expect(200).json().path("data"))
                .extracting(JsonNode::toString).singleElement().asString().contains(to);
        account.api().post("/notifications", obj("channel", "email", "to", to, "subject", "Hi", "body", "x"))
                .error(409, "CONFLICT");
        account.api().post("/notifications", obj("channel", "sms", "to", "+15555550100", "body", "x")).expect(202);

        account.api().delete(query("email", to.toUpperCase())).expect(204);
        account.api().delete(query("email", to)).error(404, "NOT_FOUND");
        account.api().post("/notifications", obj("channel", "email", "to", to, "subject", "Hi", "body", "x"))
                .expect(202);
    }

    @Test
    void a_phone_number_and_a_push_endpoint_arn_are_removed_through_the_query_in_any_form() {
        Account account = register();
        account.api().post("/notifications/opt-outs", obj("channel", "sms", "to", "+44 20 7946 0958")).expect(200);
        account.api().post("/notifications/opt-outs", obj("channel", "push", "to", ENDPOINT_ARN)).expect(200);

        assertThat(account.api().get("/notifications/opt-outs?channel=sms").expect(200).json().path("data")
                .get(0).path("to").asText()).isEqualTo("+442079460958");
        account.api().delete(query("sms", "+44 (20) 7946-0958")).expect(204);
        account.api().delete(query("push", ENDPOINT_ARN)).expect(204);
        assertThat(account.api().get("/notifications/opt-outs").expect(200).json().path("data")).isEmpty();
    }

    @Test
    void bad_input_is_refused_naming_the_fields_a_viewer_only_reads_and_organizations_do_not_share_a_list() {
        Account account = register();

        Api.Response bad = account.api().post("/notifications/opt-outs", obj("channel", "fax", "to", "x"));
        bad.error(400, "VALIDATION_ERROR");
        assertThat(bad.errorFields()).containsExactly("channel");
        Api.Response badPhone = account.api().post("/notifications/opt-outs", obj("channel", "sms", "to", "0207"));
        badPhone.error(400, "VALIDATION_ERROR");
        assertThat(badPhone.errorFields()).containsExactly("to");
        Api.Response nothing = account.api().delete("/notifications/opt-outs");
        nothing.error(400, "VALIDATION_ERROR");
        assertThat(nothing.errorFields()).containsExactly("channel");
        account.api().get("/notifications/opt-outs?channel=fax").error(400, "VALIDATION_ERROR");

        String to = uniqueEmail("shared");
        account.api().post("/notifications/opt-outs", obj("channel", "email", "to", to)).expect(200);
        Account other = register();
        assertThat(other.api().get("/notifications/opt-outs").expect(200).json().path("data")).isEmpty();
        other.api().delete(query("email", to)).error(404, "NOT_FOUND");
        Account viewer = member(account, "VIEWER");
        assertThat(viewer.api().get("/notifications/opt-outs").expect(200).json().path("data")).hasSize(1);
        viewer.api().post("/notifications/opt-outs", obj("channel", "email", "to", uniqueEmail("v")))
                .error(403, "AUTHORIZATION_ERROR");
        viewer.api().delete(query("email", to)).error(403, "AUTHORIZATION_ERROR");
    }
}
