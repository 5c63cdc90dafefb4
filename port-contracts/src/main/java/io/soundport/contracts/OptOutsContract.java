package io.soundport.contracts;

import io.soundport.domain.identity.Organization;
import io.soundport.domain.notifications.Channel;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.notifications.Recipient;
import io.soundport.domain.persistence.PersistencePorts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link OptOuts} must do. */
public abstract class OptOutsContract {

    protected abstract PersistencePorts ports();

    private OptOuts optOuts() {
        return ports().optOuts();
    }

    private Organization newOrganization() {
        Organization org = Fixtures.organization();
        ports().organizations().add(org);
        return org;
    }

    private OptOut newOptOut(Organization org, Channel channel) {
        OptOut optOut = Fixtures.optOut(org, channel, Fixtures.instant());
        assertThat(optOuts().add(optOut)).isTrue();
        return optOut;
    }

    @Test
    void a_recipient_opts_out_once_within_its_organization() {
        Organization org = newOrganization();
        OptOut optOut = newOptOut(org, Channel.EMAIL);

        assertThat(optOuts().find(org.id(), optOut.recipient())).contains(optOut);
        assertThat(optOuts().add(new OptOut(org.id(), optOut.recipient(), Fixtures.instant().plusSeconds(60))))
                .isFalse();
        assertThat(optOuts().find(org.id(), optOut.recipient())).as("the first opt-out kept").contains(optOut);
        assertThat(optOuts().find(newOrganization().id(), optOut.recipient())).isEmpty();
        assertThat(Paging.walk(10, page -> optOuts().list(org.id(), null, page))).containsExactly(optOut);
    }

    @Test
    void the_same_text_on_another_channel_is_another_recipient() {
        Organization org = newOrganization();
        String token = "a".repeat(24) + Fixtures.suffix() + "b".repeat(8);
        OptOut push = new OptOut(org.id(), Recipient.of(Channel.PUSH, token, "to"), Fixtures.instant());
        optOuts().add(push);

        assertThat(optOuts().contains(org.id(), Recipient.of(Channel.PUSH, token, "to"))).isTrue();
        assertThat(optOuts().contains(org.id(), Recipient.of(Channel.EMAIL, token + "@example.com", "to")))
                .isFalse();
    }

    @Test
    void remove_returns_true_once_then_false_and_never_removes_from_another_organization() {
        Organization org = newOrganization();
        OptOut optOut = newOptOut(org, Channel.SMS);

        assertThat(optOuts().remove(newOrganization().id(), optOut.recipient())).isFalse();
        assertThat(optOuts().contains(org.id(), optOut.recipient())).isTrue();
        assertThat(optOuts().remove(org.id(), optOut.recipient())).isTrue();
        assertThat(optOuts().remove(org.id(), optOut.recipient())).isFalse();
        assertThat(optOuts().contains(org.id(), optOut.recipient())).isFalse();
        assertThat(optOuts().find(org.id(), optOut.recipient())).isEmpty();
        assertThat(optOuts().add(optOut)).isTrue();
    }

    @Test
    void lists_the_opt_outs_of_an_organization_newest_first_across_pages_by_channel() {
        Organization org = newOrganization();
        List<OptOut> added = new ArrayList<>();
        List<OptOut> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            OptOut optOut = newOptOut(org, Channel.values()[i % 3]);
            added.add(optOut);
            if (optOut.recipient().channel() == Channel.EMAIL) {
                emails.add(optOut);
            }
        }
        newOptOut(newOrganization(), Channel.EMAIL);

        Collections.reverse(added);
        Collections.reverse(emails);
        assertThat(Paging.walk(2, page -> optOuts().list(org.id(), null, page))).containsExactlyElementsOf(added);
        assertThat(Paging.walk(1, page -> optOuts().list(org.id(), Channel.EMAIL, page)))
                .containsExactlyElementsOf(emails);
        assertThat(Paging.walk(10, page -> optOuts().list(newOrganization().id(), null, page))).isEmpty();
    }
}
