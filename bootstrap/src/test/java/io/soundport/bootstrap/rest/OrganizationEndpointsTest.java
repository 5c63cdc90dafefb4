package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationEndpointsTest extends RestTest {

    @Test
    void the_organization_is_the_callers_own() {
        Account owner = register();

        Api.Response r = owner.api().get("/organization");

        r.expect(200);
        assertThat(r.id()).isEqualTo(owner.organizationId());
        assertThat(r.text("name")).isEqualTo("Org of " + owner.email());
        assertThat(r.text("tier")).isEqualTo("FREE");
        assertThat(r.header("ETag")).isNotBlank();
    }

    @Test
    void the_owner_sets_the_ddex_party_id_and_party_name_and_bad_values_change_nothing() {
        Account owner = register();
        Api.Response before = owner.api().get("/organization").expect(200);
        assertThat(before.json().path("dpid").isNull() || before.json().path("dpid").isMissingNode()).isTrue();
        assertThat(before.text("party_name")).isEqualTo("Org of " + owner.email());

        Api.Response bad = owner.api().patch("/organization", obj("dpid", "DPID-1", "party_name", "  "));
        bad.error(400, "VALIDATION_ERROR");
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("dpid", "party_name");
        assertThat(owner.api().get("/organization").expect(200).body()).isEqualTo(before.body());

        Api.Response set = owner.api().patch("/organization", obj("dpid", "PADPIDA2014120301A",
                "party_name", "Northern Lights Music Ltd")).expect(200);
        assertThat(set.text("dpid")).isEqualTo("PADPIDA2014120301A");
        assertThat(set.text("party_name")).isEqualTo("Northern Lights Music Ltd");
        assertThat(owner.api().get("/organization").expect(200).text("dpid")).isEqualTo("PADPIDA2014120301A");

        Account admin = member(owner, "ADMIN");
        admin.api().patch("/organization", obj("dpid", "PADPIDA2014120301B")).error(403, "AUTHORIZATION_ERROR");
        Api.Response cleared = owner.api().patch("/organization", obj("party_name", "")).expect(200);
        assertThat(cleared.text("party_name")).isEqualTo("Org of " + owner.email());
        assertThat(cleared.text("dpid")).isEqualTo("PADPIDA2014120301A");
    }

    @Test
    void a_new_organization_lists_its_owner_as_the_only_member() {
        Account owner = register();

        Api.Response r = owner.api().get("/organization/members").expect(200);

        JsonNode data = r.json().path("data");
        assertThat(data).hasSize(1);
        assertThat(data.get(0).path("user_id").asText()).isEqualTo(owner.userId());
        assertThat(data.get(0).path("email").asText()).isEqualTo(owner.email());
        assertThat(data.get(0).path("role").asText()).isEqualTo("OWNER");
        assertThat(r.json().path("has_more").asBoolean()).isFalse();
    }

    @Test
    void an_invited_member_is_listed_until_they_are_removed() {
        Account owner = register();
        String email = uniqueEmail("invitee");

        Api.Response invited = owner.api().post("/organization/members", obj("email", email, "role", "MEMBER",
                "name", "Invitee"));

        invited.expect(201);
        String userId = invited.text("user_id");
        assertThat(invited.text("email")).isEqualTo(email);
        assertThat(invited.text("role")).isEqualTo("MEMBER");
        assertThat(invited.json().path("active").asBoolean()).isFalse();
        assertThat(owner.api().get("/organization/members").json().path("data"))
                .extracting(m -> m.path("user_id").asText()).containsExactlyInAnyOrder(owner.userId(), userId);

        owner.api().delete("/organization/members/" + userId).expect(204);

        assertThat(owner.api().get("/organization/members").json().path("data"))
                .extracting(m -> m.path("user_id").asText()).containsExactly(owner.userId());
    }

    @Test
    void inviting_someone_who_is_already_a_member_is_a_conflict() {
        Account owner = register();

        Api.Response r = owner.api().post("/organization/members", obj("email", owner.email(), "role", "ADMIN"));

        r.error(409, "CONFLICT");
        assertThat(r.errorFields()).containsExactly("email");
    }

    @Test
    void inviting_with_an_unknown_role_is_a_validation_error() {
        Account owner = register();

        Api.Response r = owner.api().post("/organization/members", obj("email", uniqueEmail("x"), "role", "KING"));

        r.error(400, "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("role");
    }

    @Test
    void a_members_role_is_changed_and_takes_effect() {
        Account owner = register();
        Account member = member(owner, "MEMBER");

        Api.Response r = owner.api().patch("/organization/members/" + member.userId(), obj("role", "VIEWER"));

        assertThat(r.expect(200).text("role")).isEqualTo("VIEWER");
        assertThat(member.api().get("/auth/profile").expect(200).text("role")).isEqualTo("VIEWER");
        member.api().post("/artists", obj("name", "No longer allowed")).error(403, "AUTHORIZATION_ERROR");
    }

    @Test
    void a_removed_member_loses_access() {
        Account owner = register();
        Account member = member(owner, "MEMBER");

        owner.api().delete("/organization/members/" + member.userId()).expect(204);

        member.api().get("/releases").error(401, "AUTHENTICATION_ERROR");
    }

    @Test
    void the_last_owner_can_be_neither_demoted_nor_removed() {
        Account owner = register();

        owner.api().patch("/organization/members/" + owner.userId(), obj("role", "ADMIN")).error(409, "CONFLICT");
        owner.api().delete("/organization/members/" + owner.userId()).error(409, "CONFLICT");

        assertThat(owner.api().get("/auth/profile").expect(200).text("role")).isEqualTo("OWNER");
    }

    @Test
    void an_owner_may_step_down_once_there_is_another_owner() {
        Account owner = register();
        Account second = member(owner, "OWNER");

        owner.api().patch("/organization/members/" + owner.userId(), obj("role", "ADMIN")).expect(200);

        second.api().patch("/organization/members/" + second.userId(), obj("role", "ADMIN")).error(409, "CONFLICT");
    }

    @Test
    void a_member_may_not_manage_members() {
        Account owner = register();
        Account member = member(owner, "MEMBER");

        member.api().post("/organization/members", obj("email", uniqueEmail("y"), "role", "VIEWER"))
                .error(403, "AUTHORIZATION_ERROR");
        member.api().delete("/organization/members/" + owner.userId()).error(403, "AUTHORIZATION_ERROR");
    }

    @Test
    void an_unknown_member_is_not_found() {
        Account owner = register();

        owner.api().patch("/organization/members/usr_01M84FSC93048GF1WHKQ3MEQ85", obj("role", "ADMIN"))
                .error(404, "NOT_FOUND");
        owner.api().delete("/organization/members/garbage").error(404, "NOT_FOUND");
    }
}
