package com.example.partner;

import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.event.Event;
import io.soundport.sdk.event.ReleaseData;

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
public final class CatalogMirror implements Consumer<Event> {
    private final Map<String, ReleaseData> releases = new ConcurrentHashMap<>();

    @Override
    public void accept(Event event) {
        switch (event.type()) {
            case RELEASE_CREATED, RELEASE_UPDATED -> event.release().ifPresent(received -> releases.merge(
                    received.id(), received, (known, newer) -> newer.version() > known.version() ? newer : known));
            default -> {
                // a type this partner does not use, or one a newer server added (Event.Type.UNKNOWN)
            }
        }
    }

    /** The mirrored release, if an event about it came. */
    public Optional<ReleaseData> release(String id) {
        return Optional.ofNullable(releases.get(id));
    }

    /** How many releases the mirror holds. */
    public int size() {
        return releases.size();
    }

    /**
     * Whether the mirror's copy of a release is the server's latest, asked with {@code If-None-Match}: the server
     * answers 304 without a body while nothing changed.
     */
    public boolean isCurrent(SoundportClient client, String id) {
        return release(id).map(known -> client.releases().retrieveIfModified(id, known.version()).isEmpty())
                .orElse(false);
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
