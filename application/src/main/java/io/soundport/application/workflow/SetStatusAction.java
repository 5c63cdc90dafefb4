package io.soundport.application.workflow;

import io.soundport.application.shared.EventRecorder;
import io.soundport.domain.catalog.Release;
import io.soundport.domain.catalog.ReleaseEvent;
import io.soundport.domain.catalog.Releases;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.event.EventMeta;
import io.soundport.domain.workflow.Action;

import java.util.Locale;

/** {@code set_status}: submits the release, or requests its takedown, through the release's own transitions. */
public final class SetStatusAction implements WorkflowAction {
    private final Releases releases;
    private final Tracks tracks;
    private final EventRecorder events;
    private final Clock clock;

    public SetStatusAction(Releases releases, Tracks tracks, EventRecorder events, Clock clock) {
        this.releases = releases;
        this.tracks = tracks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Action.Type type() {
        return Action.Type.SET_STATUS;
    }

    @Override
    public String run(RuleRun run, Action action) {
        Release release = run.release().orElseThrow(() -> DomainException.conflict("the event names no release"));
        String target = String.valueOf(action.params().get("status")).toUpperCase(Locale.ROOT);
        int trackCount = tracks.ofRelease(run.organizationId(), release.id()).size();
        EventMeta meta = events.meta(run.organizationId(), clock.now(), run.depth());
        ReleaseEvent changed = switch (target) {
            case "SUBMITTED" -> release.submit(trackCount, meta);
            case "TAKEDOWN_REQUESTED" -> release.requestTakedown(trackCount, meta);
            default -> throw DomainException.invalid("status", "a rule may set SUBMITTED or TAKEDOWN_REQUESTED");
        };
        Release stored = events.record(changed.stored(releases.update(changed.release()))).release();
        return "release " + stored.id() + " is " + stored.status();
    }
}
