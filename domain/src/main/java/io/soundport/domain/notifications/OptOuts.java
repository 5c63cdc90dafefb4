package io.soundport.domain.notifications;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.Page;
import io.soundport.domain.shared.PageRequest;

import java.util.Optional;

/** The opt-out list of each organization: recipients (in their normal form) that are not to be sent anything. */
public interface OptOuts {
    /** Adds it; false (and nothing changes) when the recipient has already opted out. */
    boolean add(OptOut optOut);

    /** Takes the recipient off the list; false when they were not on it. */
    boolean remove(OrganizationId organizationId, Recipient recipient);

    /** The recipient's opt-out, when they are on the list. */
    Optional<OptOut> find(OrganizationId organizationId, Recipient recipient);

    default boolean contains(OrganizationId organizationId, Recipient recipient) {
        return find(organizationId, recipient).isPresent();
    }

    /** The organization's opt-outs of one channel (every channel when null), newest first. */
    Page<OptOut> list(OrganizationId organizationId, Channel channel, PageRequest page);
}
