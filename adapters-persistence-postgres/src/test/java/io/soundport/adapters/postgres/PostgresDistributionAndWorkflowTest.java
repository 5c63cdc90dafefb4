package io.soundport.adapters.postgres;

import io.soundport.contracts.Fixtures;
import io.soundport.domain.catalog.Artist;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.distribution.Delivery;
import io.soundport.domain.distribution.Partner;
import io.soundport.domain.identity.Organization;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.ErrorCode;
import io.soundport.domain.workflow.Action;
import io.soundport.domain.workflow.Condition;
import io.soundport.domain.workflow.WorkflowRule;
import io.soundport.domain.workflow.WorkflowRuleId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What only PostgreSQL enforces or converts for distribution and workflow: foreign keys and JSON numbers. */
class PostgresDistributionAndWorkflowTest {
    private final PostgresPersistence db = TestDatabase.persistence();

    private Organization organization() {
        Organization org = Fixtures.organization();
        db.organizations().add(org);
        return org;
    }

    private Release release(Organization org) {
        Artist artist = Fixtures.artist(org);
        db.artists().add(artist);
        Release release = Fixtures.release(org, artist);
        db.releases().add(release);
        return release;
    }

    private Partner partner(Organization org) {
        Partner partner = Fixtures.partner(org);
        db.partners().add(partner);
        return partner;
    }

    private static void expect(ErrorCode code, Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_delivery_to_a_partner_or_of_a_release_of_another_organization_is_not_found() {
        Organization org = organization();
        Organization other = organization();
        Release release = release(org);
        Partner partner = partner(org);

        expect(ErrorCode.NOT_FOUND, () -> db.deliveries().add(Fixtures.delivery(org, release, partner(other))));
        expect(ErrorCode.NOT_FOUND, () -> db.deliveries().add(Fixtures.delivery(org, release(other), partner)));
        assertThat(db.deliveries().ofRelease(org.id(), release.id())).isEmpty();
    }

    @Test
    void a_partner_or_a_release_with_deliveries_cannot_be_removed() {
        Organization org = organization();
        Release release = release(org);
        Partner partner = partner(org);
        Delivery delivery = Fixtures.delivery(org, release, partner);
        db.deliveries().add(delivery);

        expect(ErrorCode.CONFLICT, () -> db.partners().remove(org.id(), partner.id()));
        expect(ErrorCode.CONFLICT, () -> db.releases().remove(org.id(), release.id()));
        assertThat(db.partners().find(org.id(), partner.id())).contains(partner);
        assertThat(db.releases().find(org.id(), release.id())).contains(release);
        assertThat(db.deliveries().find(org.id(), delivery.id())).contains(delivery);
    }

    @Test
    void numbers_in_conditions_and_params_come_back_as_a_json_document_gives_them() {
        Organization org = organization();
        WorkflowRule rule = new WorkflowRule(WorkflowRuleId.of(Fixtures.id(WorkflowRuleId.PREFIX)), org.id(),
                "Numbers", "release.submitted",
                List.of(new Condition("plays", Condition.Op.GT, 10_000_000_000L),
                        new Condition("score", Condition.Op.LT, 2.5f)),
                List.of(new Action(Action.Type.NOTIFY, Map.of("weight", (short) 3, "ratio", 0.25))),
                true, Fixtures.instant(), Fixtures.instant(), 1);
        db.workflowRules().add(rule);

        WorkflowRule found = db.workflowRules().find(org.id(), rule.id()).orElseThrow();

        assertThat(found.conditions()).extracting(Condition::value).containsExactly(10_000_000_000L, 2.5);
        assertThat(found.actions().get(0).params()).isEqualTo(Map.of("weight", 3, "ratio", 0.25));
    }
}
