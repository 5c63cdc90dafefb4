package io.soundport.application.notifications;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.notifications.OptOut;
import io.soundport.domain.notifications.OptOuts;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

/**
 * The organization's opt-out list: a member records that a recipient asked to be sent nothing more on a channel, or
 * takes them off the list again; everyone reads it. A notification to a recipient on the list is refused when it is
 * queued and failed, unsent, when it was queued before they opted out.
 */
public final class OptOutService {
    private final TransactionRunner tx;
    private final OptOuts optOuts;
    private final Clock clock;
    private final AuditRecorder audit;

    public OptOutService(TransactionRunner tx, OptOuts optOuts, Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.optOuts = optOuts;
        this.clock = clock;
        this.audit = audit;
    }

    /** What {@link #add} did: the recipient's opt-out, and whether this call put them on the list. */
    public record Added(OptOut optOut, boolean created) {
    }

    /** Puts the recipient on the list; adding one already there changes nothing and answers their opt-out. */
    public Added add(Caller caller, OptOutCommand command) {
        caller.require(Permission.WRITE);
        return tx.inTransaction(() -> {
            OptOut optOut = new OptOut(caller.organizationId(), command.recipient(), clock.now());
            if (!optOuts.add(optOut)) {
                return new Added(optOuts.find(caller.organizationId(), command.recipient()).orElse(optOut), false);
            }
            audit.record(caller, "notification_opt_out.added", command.recipient().toString());
            return new Added(optOut, true);
        });
    }

    /** Takes the recipient off the list; NOT_FOUND when they are not on it. */
    public void remove(Caller caller, OptOutCommand command) {
        caller.require(Permission.WRITE);
        tx.run(() -> {
            if (!optOuts.remove(caller.organizationId(), command.recipient())) {
                throw DomainException.notFound("Opt-out of", command.recipient().toString());
            }
            audit.record(caller, "notification_opt_out.removed", command.recipient().toString());
        });
    }

    public Page<OptOut> list(Caller caller, ListOptOutsQuery query) {
        caller.require(Permission.READ);
        return optOuts.list(caller.organizationId(), query.channel(), query.page());
    }
}
