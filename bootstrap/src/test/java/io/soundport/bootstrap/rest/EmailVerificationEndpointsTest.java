package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

@RestTest.ServerProperties("soundport.email-verification.resend-interval=0s")
class EmailVerificationEndpointsTest extends RestTest {

    @Test
    void registering_an_invited_address_does_not_let_anyone_into_the_organization_without_the_mailbox() {
        Account owner = register();
        String invited = uniqueEmail("invitee");
        owner.api().post("/organization/members", obj("email", invited, "role", "ADMIN")).expect(201);
        assertThat(Mailbox.awaitMessagesTo(dataDir, invited, 1).get(0))
                .as("the invitation, queued by the organization, says how to take it up")
                .contains("invited you to join it on Soundport as an admin")
                .contains("sign up with this address at http://localhost:8080/api/v1/auth/register");

        Account squatter = register(invited);

        assertThat(squatter.organizationId()).isNotEqualTo(owner.organizationId());
        Api.Response intoInvitingOrg = api.post("/auth/login", obj("email", invited, "password", PASSWORD,
                "organization_id", owner.organizationId()));
        intoInvitingOrg.error(403, "AUTHORIZATION_ERROR");
        assertThat(intoInvitingOrg.json().has("access_token")).isFalse();
        assertThat(api.post("/auth/login", obj("email", invited, "password", PASSWORD)).expect(200)
                .json().path("organization").path("id").asText()).isEqualTo(squatter.organizationId());

        api.get("/auth/verify-email/" + Mailbox.verificationToken(dataDir, invited)).expect(200);

        Api.Response joined = api.post("/auth/login", obj("email", invited, "password", PASSWORD,
                "organization_id", owner.organizationId())).expect(200);
        assertThat(joined.json().path("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void registration_mails_a_link_that_verifies_the_address_once() {
        Account account = register();
        assertThat(account.api().get("/auth/profile").expect(200).json().path("user").path("email_verified")
                .asBoolean()).isFalse();
        String token = Mailbox.verificationToken(dataDir, account.email());
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        assertThat(Mailbox.messagesTo(dataDir, account.email()).get(0))
                .as("the link is whole, from the default public URL")
                .contains("\nhttp://localhost:8080/api/v1/auth/verify-email/" + token);

        Api.Response verified = api.get("/auth/verify-email/" + token);

        verified.expect(200);
        assertThat(verified.text("email")).isEqualTo(account.email());
        assertThat(verified.json().path("email_verified").asBoolean()).isTrue();
        assertThat(account.api().get("/auth/profile").json().path("user").path("email_verified").asBoolean())
                .isTrue();
        Api.Response again = api.get("/auth/verify-email/" + token);
        again.error(400, "VALIDATION_ERROR");
        assertThat(again.errorFields()).containsExactly("token");
    }

    @Test
    void the_link_goes_out_as_a_confidential_notification_whose_body_the_organization_never_reads() {
        Account account = register();
        Mailbox.verificationToken(dataDir, account.email());

        JsonNode notification = account.api().get("/notifications").expect(200).json().path("data").get(0);

        assertThat(notification.path("to").asText()).isEqualTo(account.email());
        assertThat(notification.path("confidential").asBoolean()).isTrue();
        assertThat(notification.path("body").isNull()).as("the body with the token, hidden").isTrue();
        assertThat(account.api().get("/notifications/" + notification.path("id").asText()).expect(200).json()
                .path("body").isNull()).isTrue();
    }

    @Test
    void an_unknown_token_is_a_validation_error_on_the_token() {
        Api.Response r = api.get("/auth/verify-email/spv_doesnotexist0123456789abcdefghijk");

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("token");
    }

    @Test
    void asking_again_mails_a_new_link_to_the_callers_own_address_and_answers_202() {
        Account account = register();
        String first = Mailbox.verificationToken(dataDir, account.email());

        Api.Response r = account.api().post("/auth/verify-email", obj());

        r.expect(202);
        assertThat(r.text("email")).isEqualTo(account.email());
        assertThat(r.json().path("email_verified").asBoolean()).isFalse();
        Mailbox.awaitMessagesTo(dataDir, account.email(), 2);
        String second = Mailbox.verificationToken(dataDir, account.email());
        assertThat(second).isNotEqualTo(first);
        api.get("/auth/verify-email/" + second).expect(200);
        api.get("/auth/verify-email/" + first).expect(200);
    }

    @Test
    void asking_once_verified_answers_202_and_sends_nothing() {
        Account account = register();
        api.get("/auth/verify-email/" + Mailbox.verificationToken(dataDir, account.email())).expect(200);

        Api.Response r = account.api().post("/auth/verify-email", obj());

        r.expect(202);
        assertThat(r.json().path("email_verified").asBoolean()).isTrue();
        assertThat(account.api().get("/notifications").expect(200).ids()).as("the sign-up's link only").hasSize(1);
    }

    @Test
    void an_api_key_has_no_address_to_verify() {
        Account owner = register();
        String key = createKey(owner, "write");

        api.withKey(key).post("/auth/verify-email", obj()).error(403, "AUTHORIZATION_ERROR");
    }

    @Test
    void an_existing_verified_user_joins_an_organization_by_invitation_at_once() {
        Account owner = register();
        Account other = register();
        api.get("/auth/verify-email/" + Mailbox.verificationToken(dataDir, other.email())).expect(200);

        owner.api().post("/organization/members", obj("email", other.email(), "role", "MEMBER")).expect(201);

        JsonNode joined = api.post("/auth/login", obj("email", other.email(), "password", PASSWORD,
                "organization_id", owner.organizationId())).expect(200).json();
        assertThat(joined.path("role").asText()).isEqualTo("MEMBER");
    }
}
