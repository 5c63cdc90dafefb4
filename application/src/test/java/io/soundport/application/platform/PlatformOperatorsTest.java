package io.soundport.application.platform;

import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Email;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Role;
import io.soundport.domain.identity.Scope;
import io.soundport.domain.identity.User;
import io.soundport.domain.identity.UserId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformOperatorsTest {
    private final Core core = new Core();
    private final OrganizationId org = OrganizationId.generate(core.ids);

    @Test
    void a_listed_verified_address_is_an_operator_and_nobody_else_is() {
        PlatformOperators operators = new PlatformOperators(PlatformOperators.parse(" Ops@Label.example , ,x@y.example"),
                core.store.users(), core.clock);
        Caller verified = userWith("ops@label.example", true);
        Caller unverified = userWith("x@y.example", false);
        Caller unlisted = userWith("someone@label.example", true);

        assertThat(operators.isOperator(verified)).isTrue();
        assertThat(operators.isOperator(unverified)).as("an unverified address could be anyone's").isFalse();
        assertThat(operators.isOperator(unlisted)).isFalse();
        assertThat(operators.isOperator(core.apiKeyOf(verified, Scope.ADMIN))).isFalse();
        assertThatThrownBy(() -> operators.require(unlisted)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTHORIZATION_ERROR));
    }

    @Test
    void an_empty_list_has_no_operator_and_a_malformed_address_is_refused() {
        PlatformOperators none = new PlatformOperators(PlatformOperators.parse(""), core.store.users(), core.clock);
        assertThat(none.isOperator(userWith("ops@label.example", true))).isFalse();
        assertThatThrownBy(() -> PlatformOperators.parse("ops@label.example,not-an-address"))
                .isInstanceOf(DomainException.class);
    }

    private Caller userWith(String email, boolean verified) {
        UserId id = UserId.generate(core.ids);
        core.store.users().add(new User(id, Email.of(email), "Someone", "hash", verified, Core.T0, Core.T0, 1));
        return Caller.member(org, id, Role.OWNER);
    }
}
