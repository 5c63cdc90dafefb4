package io.soundport.application.marketing;

import io.soundport.application.identity.AuthSession;
import io.soundport.application.identity.RegisterCommand;
import io.soundport.application.integrations.AddAudienceUsersCommand.Person;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.testing.Core;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Origin;
import io.soundport.domain.identity.Role;
import io.soundport.domain.integrations.ads.CustomerFileSource;
import io.soundport.domain.integrations.ads.CustomerHash;
import io.soundport.domain.marketing.Audience;
import io.soundport.domain.marketing.AudienceId;
import io.soundport.domain.marketing.AudienceType;
import io.soundport.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.soundport.application.testing.Core.assertInvalid;
import static io.soundport.application.testing.Core.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class AudienceServiceTest {
    private final Core core = new Core();
    private final AudienceService audiences = core.audiences();
    private Caller owner;

    @BeforeEach
    void an_organization() {
        AuthSession session = core.auth().register(RegisterCommand.of("ada@example.com", "correct horse battery",
                "Ada", "Analytical Records"), Origin.UNKNOWN);
        owner = Caller.member(session.organization().id(), session.user().id(), Role.OWNER);
    }

    private Audience custom(String name) {
        return audiences.create(owner, CreateAudienceCommand.of(name, null, null, null));
    }

    @Test
    void a_custom_audience_is_created_listed_by_type_changed_at_its_version_and_only_read_by_a_viewer() {
        Audience buyers = audiences.create(owner, CreateAudienceCommand.of("Ticket buyers", "Bought in 2026",
                "partner_provided_only", "fr"));
        assertThat(buyers.type()).isEqualTo(AudienceType.CUSTOM);
        assertThat(buyers.source()).isEqualTo(CustomerFileSource.PARTNER_PROVIDED_ONLY);
        assertThat(buyers.country()).isEqualTo("FR");
        assertThat(custom("Fans").source()).as("the default source").isEqualTo(CustomerFileSource.USER_PROVIDED_ONLY);
        assertInvalid(() -> CreateAudienceCommand.of(" ", null, "friends", "XX"), "name", "source", "country");

        Audience renamed = audiences.update(owner, UpdateAudienceCommand.of(buyers.id(), "Buyers", "", null, "",
                buyers.version()));
        assertThat(renamed.name()).isEqualTo("Buyers");
        assertThat(renamed.description()).isNull();
        assertThat(renamed.country()).isNull();
        assertThat(renamed.version()).isEqualTo(2);
        assertRejected(() -> audiences.update(owner, UpdateAudienceCommand.of(buyers.id(), "Late", null, null, null,
                1L)), ErrorCode.PRECONDITION_FAILED);

        assertThat(audiences.list(owner, ListAudiencesQuery.of("custom", null, null, null)).items()).hasSize(2);
        assertThat(audiences.list(owner, ListAudiencesQuery.of("LOOKALIKE", null, null, null)).items()).isEmpty();
        assertInvalid(() -> ListAudiencesQuery.of("twins", "x", 0, null), "type", "origin", "limit");

        Caller viewer = core.colleague(owner, Role.VIEWER);
        assertThat(audiences.get(viewer, buyers.id()).name()).isEqualTo("Buyers");
        assertRejected(() -> audiences.create(viewer, CreateAudienceCommand.of("No", null, null, null)),
                ErrorCode.AUTHORIZATION_ERROR);
        assertRejected(() -> audiences.get(core.member(Role.OWNER), buyers.id()), ErrorCode.NOT_FOUND);
    }

    @Test
    void people_are_kept_as_hashes_once_each_and_bad_ones_are_named_without_their_value() {
        Audience fans = custom("Fans");
        AudienceService.MembersAdded first = audiences.addMembers(owner, AddAudienceMembersCommand.of(fans.id(),
                List.of(new Person(" Fan@Example.com ", null), new Person(null, "+33 6 12 34 56 78"),
                        new Person("fan@example.com", "+44 20 7946 0958"))));
        assertThat(first.received()).isEqualTo(3);
        assertThat(first.added()).as("the same e-mail twice is one person").isEqualTo(2);
        assertThat(first.audience().memberCount()).isEqualTo(2);
        assertThat(core.store.audiences().members(owner.organizationId(), fans.id(), null, 10))
                .extracting(m -> m.key())
                .containsExactlyInAnyOrder(CustomerHash.email("fan@example.com", "e").value(),
                        CustomerHash.phone("+33612345678", "p").value());

        AudienceService.MembersAdded again = audiences.addMembers(owner, AddAudienceMembersCommand.of(fans.id(),
                List.of(new Person("fan@example.com", null))));
        assertThat(again.added()).isZero();
        assertThat(again.audience().version()).as("nothing changed").isEqualTo(first.audience().version());

        AudienceService.MembersRemoved removed = audiences.removeMembers(owner, RemoveAudienceMembersCommand.of(
                fans.id(), List.of(new Person("FAN@example.com", null), new Person("nobody@example.com", null))));
        assertThat(removed.received()).isEqualTo(2);
        assertThat(removed.removed()).isEqualTo(1);
        assertThat(removed.audience().memberCount()).isEqualTo(1);
        assertThat(core.store.audiences().members(owner.organizationId(), fans.id(), null, 10)).extracting(m -> m.key())
                .containsExactly(CustomerHash.phone("+33612345678", "p").value());

        var refused = assertInvalid(() -> AddAudienceMembersCommand.of(fans.id(), List.of(
                new Person("not-an-address", "06 12 34 56 78"), new Person(null, null))),
                "people[0].email", "people[0].phone", "people[1].email");
        assertThat(refused.getMessage()).doesNotContain("not-an-address");
        assertInvalid(() -> AddAudienceMembersCommand.of(fans.id(), List.of()), "people");
    }

    @Test
    void a_lookalike_is_made_from_a_custom_audience_only_and_keeps_its_origin_from_being_deleted() {
        Audience fans = custom("Fans");
        Audience like = audiences.createLookalike(owner, CreateAudienceLookalikeCommand.of(fans.id(), "de",
                new BigDecimal("0.1"), null));
        assertThat(like.type()).isEqualTo(AudienceType.LOOKALIKE);
        assertThat(like.lookalike().origin()).isEqualTo(fans.id());
        assertThat(like.lookalike().ratio()).isEqualByComparingTo("0.10");
        assertThat(like.name()).isEqualTo("Lookalike (DE, 10%) of Fans");
        assertInvalid(() -> CreateAudienceLookalikeCommand.of(fans.id(), "WORLD", new BigDecimal("0.25"), null),
                "country", "ratio");
        assertInvalid(() -> CreateAudienceLookalikeCommand.of(fans.id(), "FR", new BigDecimal("0.015"), null),
                "ratio");
        assertRejected(() -> audiences.createLookalike(owner, CreateAudienceLookalikeCommand.of(like.id(), "FR",
                new BigDecimal("0.02"), "Twice removed")), ErrorCode.CONFLICT);
        assertRejected(() -> audiences.addMembers(owner, AddAudienceMembersCommand.of(like.id(),
                List.of(new Person("a@example.com", null)))), ErrorCode.CONFLICT);
        assertRejected(() -> audiences.update(owner, UpdateAudienceCommand.of(like.id(), null, null,
                "USER_PROVIDED_ONLY", null, null)), ErrorCode.CONFLICT, "source");
        assertThat(audiences.list(owner, ListAudiencesQuery.of(null, fans.id().value(), null, null)).items())
                .containsExactly(like);

        assertThat(assertRejected(() -> audiences.delete(owner, DeleteCommand.of(fans.id())), ErrorCode.CONFLICT)
                .getMessage()).contains(like.id().value());
        audiences.delete(owner, DeleteCommand.of(like.id()));
        assertRejected(() -> audiences.delete(owner, new DeleteCommand<>(fans.id(), 9L)),
                ErrorCode.PRECONDITION_FAILED);
        audiences.delete(owner, new DeleteCommand<>(fans.id(), fans.version()));
        assertRejected(() -> audiences.get(owner, fans.id()), ErrorCode.NOT_FOUND);
    }

    @Test
    void an_audience_something_uses_is_not_deleted() {
        Audience fans = custom("Fans");
        AudienceService used = new AudienceService(core.store.transactions(), core.store.audiences(),
                (org, id) -> id.equals(fans.id()) ? List.of("cmp_01JZZZZZZZZZZZZZZZZZZZZZZZ") : List.of(), core.ids,
                core.clock, core.audit);
        assertThat(assertRejected(() -> used.delete(owner, DeleteCommand.of(fans.id())), ErrorCode.CONFLICT)
                .getMessage()).contains("cmp_01JZZZZZZZZZZZZZZZZZZZZZZZ");
        assertThat(audiences.get(owner, fans.id())).isEqualTo(fans);
        assertRejected(() -> audiences.delete(owner, DeleteCommand.of(AudienceId.of("aun_01JZZZZZZZZZZZZZZZZZZZZZZZ"))),
                ErrorCode.NOT_FOUND);
    }
}
