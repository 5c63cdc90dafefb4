package io.soundport.bootstrap.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.soundport.bootstrap.rest.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /admin/organizations}: platform operators (a signed-in user with a listed, verified address) list, search,
 * re-tier, suspend and reinstate organizations; a suspended organization's token and keys get 403
 * ORGANIZATION_SUSPENDED with the reason, its profile still says why, and a reinstatement serves it again.
 */
@RestTest.ServerProperties("soundport.platform.admins=ops@soundport.example, unverified-ops@soundport.example")
class AdminOrganizationEndpointsTest extends RestTest {
    private static Account operator;

    @BeforeAll
    static void signInTheOperator() {
        operator = register("ops@soundport.example");
        api.get("/auth/verify-email/" + Mailbox.verificationToken(dataDir, operator.email())).expect(200);
    }

    /** A new organization whose name holds {@code token}, with its owner signed in. */
    private static Account organizationNamed(String name) {
        String email = uniqueEmail("owner");
        Api.Response r = api.post("/auth/register", obj("email", email, "password", PASSWORD, "name", "Owner",
                "organization_name", name)).expect(201);
        return login(email, r.json().path("organization").path("id").asText());
    }

    private static String token() {
        return "Tk" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonNode item(Api.Response list, String id) {
        return StreamSupport.stream(list.json().path("data").spliterator(), false)
                .filter(o -> o.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void only_a_signed_in_operator_with_a_verified_listed_address_is_served() {
        Account owner = register();
        Account unverified = register("unverified-ops@soundport.example");
        String operatorsKey = createKey(operator, "admin");

        for (Api refused : List.of(owner.api(), unverified.api(), api.withKey(operatorsKey))) {
            refused.get("/admin/organizations").error(403, "AUTHORIZATION_ERROR");
            refused.patch("/admin/organizations/" + owner.organizationId(), obj("tier", "ENTERPRISE"))
                    .error(403, "AUTHORIZATION_ERROR");
        }
        api.get("/admin/organizations").error(401, "AUTHENTICATION_ERROR");
        assertThat(owner.api().get("/organization").expect(200).text("tier")).isEqualTo("FREE");
        operator.api().get("/admin/organizations").expect(200);
    }

    @Test
    void searches_by_name_or_id_filters_by_tier_and_standing_and_pages_newest_first() {
        String token = token();
        Account moon = organizationNamed("Moon " + token + " Records");
        Account sun = organizationNamed(token.toUpperCase() + " Sun");
        Account star = organizationNamed("Star " + token.toLowerCase());
        operator.api().patch("/admin/organizations/" + sun.organizationId(), obj("tier", "STARTER")).expect(200);
        operator.api().patch("/admin/organizations/" + star.organizationId(),
                obj("suspended", true, "suspension_reason", "Chargebacks")).expect(200);

        Api.Response all = operator.api().get("/admin/organizations?q=" + token.toLowerCase()).expect(200);
        assertThat(all.ids()).containsExactly(star.organizationId(), sun.organizationId(), moon.organizationId());
        JsonNode sunItem = item(all, sun.organizationId());
        assertThat(sunItem.path("name").asText()).isEqualTo(token.toUpperCase() + " Sun");
        assertThat(sunItem.path("tier").asText()).isEqualTo("STARTER");
        assertThat(sunItem.path("requests_per_hour").asInt()).isEqualTo(1_000);
        assertThat(sunItem.path("requests_this_hour").isNumber()).isTrue();
        assertThat(sunItem.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(sunItem.path("suspended_at").isNull()).isTrue();
        assertThat(sunItem.path("created_at").asText()).isNotBlank();
        JsonNode starItem = item(all, star.organizationId());
        assertThat(starItem.path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(starItem.path("suspension_reason").asText()).isEqualTo("Chargebacks");
        assertThat(starItem.path("suspended_by").asText()).isEqualTo(operator.userId());
        assertThat(Instant.parse(starItem.path("suspended_at").asText())).isBefore(Instant.now().plusSeconds(1));

        assertThat(operator.api().get("/admin/organizations?q=" + moon.organizationId()).ids())
                .containsExactly(moon.organizationId());
        assertThat(operator.api().get("/admin/organizations?q=" + token + "&tier=starter").ids())
                .containsExactly(sun.organizationId());
        assertThat(operator.api().get("/admin/organizations?q=" + token + "&status=SUSPENDED").ids())
                .containsExactly(star.organizationId());
        assertThat(operator.api().get("/admin/organizations?q=" + token + "&status=active&tier=FREE").ids())
                .containsExactly(moon.organizationId());

        Api.Response first = operator.api().get("/admin/organizations?q=" + token + "&limit=2").expect(200);
        assertThat(first.ids()).containsExactly(star.organizationId(), sun.organizationId());
        assertThat(first.json().path("has_more").asBoolean()).isTrue();
        Api.Response second = operator.api().get("/admin/organizations?q=" + token + "&limit=2&cursor="
                + first.text("next_cursor")).expect(200);
        assertThat(second.ids()).containsExactly(moon.organizationId());
        assertThat(second.json().path("has_more").asBoolean()).isFalse();
    }

    @Test
    void bad_filters_and_bad_changes_are_400s_that_change_nothing() {
        Account owner = register();
        String path = "/admin/organizations/" + owner.organizationId();

        JsonNode tier = operator.api().get("/admin/organizations?tier=GOLD&status=asleep&limit=101")
                .error(400, "VALIDATION_ERROR");
        assertThat(operator.api().get("/admin/organizations?tier=GOLD").errorFields()).containsExactly("tier");
        assertThat(tier.path("details").findValuesAsText("field")).containsExactlyInAnyOrder("tier", "status", "limit");
        assertThat(operator.api().patch(path, obj("tier", "GOLD")).error(400, "VALIDATION_ERROR").path("message")
                .asText()).contains("FREE, STARTER, PROFESSIONAL, ENTERPRISE");
        assertThat(operator.api().patch(path, obj("suspended", true)).errorFields())
                .containsExactly("suspension_reason");
        assertThat(operator.api().patch(path, obj("suspended", false, "suspension_reason", "why")).errorFields())
                .containsExactly("suspension_reason");
        operator.api().patch("/admin/organizations/org_00000000000000000000000000", obj("tier", "STARTER"))
                .error(404, "NOT_FOUND");
        operator.api().patch("/admin/organizations/nonsense", obj("tier", "STARTER")).error(404, "NOT_FOUND");

        Api.Response unchanged = owner.api().get("/organization").expect(200);
        assertThat(unchanged.text("tier")).isEqualTo("FREE");
        assertThat(unchanged.text("status")).isEqualTo("ACTIVE");
    }

    @Test
    void a_tier_change_honours_if_match_and_shows_in_the_organization_and_the_profile() {
        Account owner = register();
        String path = "/admin/organizations/" + owner.organizationId();
        long version = item(operator.api().get("/admin/organizations?q=" + owner.organizationId()),
                owner.organizationId()).path("version").asLong();

        operator.api().with("If-Match", "\"" + (version + 7) + "\"").patch(path, obj("tier", "ENTERPRISE"))
                .error(412, "PRECONDITION_FAILED");
        Api.Response changed = operator.api().with("If-Match", "\"" + version + "\"")
                .patch(path, obj("tier", "PROFESSIONAL")).expect(200);

        assertThat(changed.text("tier")).isEqualTo("PROFESSIONAL");
        assertThat(changed.json().path("requests_per_hour").asInt()).isEqualTo(10_000);
        assertThat(changed.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        Api.Response organization = owner.api().get("/organization").expect(200);
        assertThat(organization.text("tier")).isEqualTo("PROFESSIONAL");
        assertThat(organization.json().path("requests_per_hour").asInt()).isEqualTo(10_000);
        Api.Response profile = owner.api().get("/auth/profile").expect(200);
        assertThat(profile.text("tier")).isEqualTo("PROFESSIONAL");
        assertThat(profile.json().path("organization").path("tier").asText()).isEqualTo("PROFESSIONAL");
    }

    @Test
    void a_suspended_organization_s_token_and_key_get_403_with_the_reason_until_it_is_reinstated() {
        Account owner = register();
        String key = createKey(owner, "read", "write");
        String hook = owner.api().post("/webhooks", obj("url", "https://hooks.example.com/soundport",
                "events", List.of("organization.suspended", "organization.reinstated"))).expect(201).id();
        owner.api().get("/organization").expect(200); // the organization is in this instance's cache now
        String path = "/admin/organizations/" + owner.organizationId();

        operator.api().patch(path, obj("suspended", true, "suspension_reason", "Unpaid invoices")).expect(200);

        for (Api suspended : List.of(owner.api(), api.withKey(key))) {
            for (String read : List.of("/organization", "/releases", "/artists")) {
                JsonNode error = suspended.get(read).error(403, "ORGANIZATION_SUSPENDED");
                assertThat(error.path("message").asText()).contains("Unpaid invoices");
            }
            suspended.post("/artists", obj("name", "Refused")).error(403, "ORGANIZATION_SUSPENDED");
        }
        JsonNode profile = owner.api().get("/auth/profile").expect(200).json().path("organization");
        assertThat(profile.path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(profile.path("suspension_reason").asText()).isEqualTo("Unpaid invoices");
        assertThat(profile.has("suspended_by")).as("the operator stays unnamed").isFalse();
        Account again = login(owner.email(), owner.organizationId());
        assertThat(again.api().get("/auth/profile").expect(200).json().path("organization").path("status").asText())
                .isEqualTo("SUSPENDED");
        again.api().get("/releases").error(403, "ORGANIZATION_SUSPENDED");

        Api.Response reinstated = operator.api().patch(path, obj("suspended", false)).expect(200);

        assertThat(reinstated.text("status")).isEqualTo("ACTIVE");
        assertThat(reinstated.json().path("suspension_reason").isNull()).isTrue();
        owner.api().get("/releases").expect(200);
        api.withKey(key).post("/artists", obj("name", "Served again")).expect(201);
        assertThat(owner.api().get("/organization").expect(200).text("status")).isEqualTo("ACTIVE");
        assertThat(eventTypesQueuedFor(owner, hook))
                .as("the organization's webhooks hear of its suspension and reinstatement")
                .contains("organization.suspended", "organization.reinstated");
    }

    @Test
    void an_operator_is_served_although_their_own_organization_is_suspended() {
        String own = "/admin/organizations/" + operator.organizationId();

        operator.api().patch(own, obj("suspended", true, "suspension_reason", "Testing the brakes")).expect(200);
        try {
            operator.api().get("/organization").error(403, "ORGANIZATION_SUSPENDED");
            operator.api().get("/admin/organizations?q=" + operator.organizationId()).expect(200);
        } finally {
            operator.api().patch(own, obj("suspended", false)).expect(200);
        }
        operator.api().get("/organization").expect(200);
    }

    /** The event types of the messages queued for a webhook endpoint, once the outbox dispatcher made them. */
    private static List<String> eventTypesQueuedFor(Account owner, String hook) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> types = List.of();
        while (Instant.now().isBefore(deadline)) {
            types = owner.api().get("/webhooks/" + hook + "/messages").expect(200).json().path("data")
                    .findValuesAsText("event_type");
            if (types.size() >= 2) {
                return types;
            }
            sleep();
        }
        return types;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
