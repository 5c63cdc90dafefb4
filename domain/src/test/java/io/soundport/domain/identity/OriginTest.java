package io.soundport.domain.identity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OriginTest {

    @Test
    void keeps_a_bounded_user_agent_without_the_characters_that_may_not_be_stored() {
        Origin origin = new Origin(" 203.0.113.7 ", "evil\u0000agent\n" + "x".repeat(400), "req_1");

        assertThat(origin.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(origin.userAgent()).startsWith("evilagentx").hasSize(Origin.MAX_USER_AGENT);
        assertThat(origin.requestId()).isEqualTo("req_1");
    }

    @Test
    void never_cuts_a_surrogate_pair_in_half() {
        String agent = "a".repeat(Origin.MAX_USER_AGENT - 1) + "\uD83C\uDFB5";

        assertThat(new Origin(null, agent, null).userAgent()).isEqualTo("a".repeat(Origin.MAX_USER_AGENT - 1));
    }

    @Test
    void blank_parts_are_unknown() {
        assertThat(new Origin(" ", "\u0001", "")).isEqualTo(Origin.UNKNOWN);
    }

    @Test
    void a_caller_keeps_its_origin_and_is_otherwise_the_same_caller() {
        Caller caller = Caller.member(OrganizationId.of("org_1"), UserId.of("usr_1"), Role.ADMIN);
        Origin origin = new Origin("203.0.113.7", "ua", "req_1");

        Caller from = caller.from(origin);

        assertThat(caller.origin()).isEqualTo(Origin.UNKNOWN);
        assertThat(from.origin()).isEqualTo(origin);
        assertThat(from.key()).isEqualTo(caller.key());
        assertThat(from.permissions()).isEqualTo(caller.permissions());
        assertThat(new Caller(caller.organizationId(), null, ApiKeyId.of("key_1"), null, Set.of()).origin())
                .isEqualTo(Origin.UNKNOWN);
    }
}
