package com.example.partner;

import com.example.partner.WebhookReceiver.ReceivedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The partner's copy of its catalog, kept up to date by webhooks. Events may come late, twice or out of order, so a
 * release is replaced only by a newer version of itself.
 */
public final class CatalogMirror implements Consumer<ReceivedEvent> {
    private final Map<String, MirroredRelease> releases = new ConcurrentHashMap<>();

    /**
     * A release as the mirror knows it.
     *
     * @param id      the release id
     * @param title   its title
     * @param status  its status
     * @param version its version
     */
    // ENUMS: status becomes a ReleaseStatus
    public record MirroredRelease(String id, String title, String status, long version) {
    }

    @Override
    public void accept(ReceivedEvent event) {
        // EVENTS: a switch over the typed Event's data (a Release) instead of the type's name
        switch (event.type()) {
            case "release.created", "release.updated" -> releases.merge(event.releaseId(),
                    new MirroredRelease(event.releaseId(), event.title(), event.status(), event.version()),
                    (known, received) -> received.version() > known.version() ? received : known);
            default -> {
                // a type this partner does not use, or one a newer server added
            }
        }
    }

    /** The mirrored release, if an event about it came. */
    public Optional<MirroredRelease> release(String id) {
        return Optional.ofNullable(releases.get(id));
    }

    /** How many releases the mirror holds. */
    public int size() {
        return releases.size();
    }

    /**
     * Waits until the mirror holds each release at least at the given version; false if it still does not after
     * {@code timeout}.
     */
    public boolean awaitVersions(Map<String, Long> versionsById, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!holds(versionsById)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private boolean holds(Map<String, Long> versionsById) {
        return versionsById.entrySet().stream().allMatch(wanted -> release(wanted.getKey())
                .map(known -> known.version() >= wanted.getValue()).orElse(false));
    }
}
