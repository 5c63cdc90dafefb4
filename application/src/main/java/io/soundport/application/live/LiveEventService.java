package io.soundport.application.live;

import io.soundport.application.shared.AuditRecorder;
import io.soundport.application.shared.DeleteCommand;
import io.soundport.application.shared.EventRecorder;
import io.soundport.application.shared.Versions;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.live.LiveEvent;
import io.soundport.domain.live.LiveEventId;
import io.soundport.domain.live.LiveEvents;
import io.soundport.domain.port.Clock;
import io.soundport.domain.port.IdGenerator;
import io.soundport.domain.port.TransactionRunner;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Page;

import java.time.Instant;

/**
 * Live events of the caller's organization (concerts, showcases, launches): everyone reads them, a member or a
 * {@code write} key writes them. Each write raises its {@code event.*} event and records its audit entry in its unit
 * of work; the status rules are {@link LiveEvent}'s.
 */
public final class LiveEventService {
    private static final String RESOURCE = "Live event";
    private final TransactionRunner tx;
    private final LiveEvents events;
    private final EventRecorder recorder;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    public LiveEventService(TransactionRunner tx, LiveEvents events, EventRecorder recorder, IdGenerator ids,
                            Clock clock, AuditRecorder audit) {
        this.tx = tx;
        this.events = events;
        this.recorder = recorder;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    public LiveEvent create(Caller caller, CreateLiveEventCommand command) {
        caller.require(Permission.WRITE);
        LiveEvent event = LiveEvent.create(LiveEventId.generate(ids), caller.organizationId(), command.details(),
                clock.now());
        tx.run(() -> {
            events.add(event);
            recorder.record(event.created(recorder.meta(caller.organizationId())));
            audit.record(caller, "live_event.created", event.id().value());
        });
        return event;
    }

    public LiveEvent get(Caller caller, LiveEventId id) {
        caller.require(Permission.READ);
        return events.find(caller.organizationId(), id)
                .orElseThrow(() -> DomainException.notFound(RESOURCE, id.value()));
    }

    public Page<LiveEvent> list(Caller caller, ListLiveEventsQuery query) {
        caller.require(Permission.READ);
        return events.list(caller.organizationId(), query.filter(), query.page());
    }

    /** Replaces every field (PUT), within the status rules. */
    public LiveEvent replace(Caller caller, ReplaceLiveEventCommand command) {
        caller.require(Permission.WRITE);
        return change(caller, command.id(), command.expectedVersion(), current -> command.details());
    }

    /** Changes the given fields (PATCH), within the status rules. */
    public LiveEvent update(Caller caller, UpdateLiveEventCommand command) {
        caller.require(Permission.WRITE);
        return change(caller, command.id(), command.expectedVersion(), current -> command.over(current.details()));
    }

    private LiveEvent change(Caller caller, LiveEventId id, Long expectedVersion,
                             java.util.function.Function<LiveEvent, LiveEvent.Details> next) {
        return tx.inTransaction(() -> {
            LiveEvent current = get(caller, id);
            Versions.check(expectedVersion, current.version(), RESOURCE + " " + id.value());
            Instant now = clock.now();
            LiveEvent changed = events.update(current.change(next.apply(current), now));
            recorder.record(changed.updated(recorder.meta(caller.organizationId())));
            audit.record(caller, "live_event.updated", id.value());
            return changed;
        });
    }

    public void delete(Caller caller, DeleteCommand<LiveEventId> command) {
        caller.require(Permission.WRITE);
        LiveEventId id = command.id();
        tx.run(() -> {
            LiveEvent current = get(caller, id);
            Versions.check(command.expectedVersion(), current.version(), RESOURCE + " " + id.value());
            events.remove(caller.organizationId(), id);
            recorder.record(current.deleted(recorder.meta(caller.organizationId())));
            audit.record(caller, "live_event.deleted", id.value());
        });
    }
}
