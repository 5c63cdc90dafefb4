package com.example.partner;

import io.soundport.sdk.RequestOptions;
import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.param.ReleaseCreateParams;
import io.soundport.sdk.param.TrackParams;

import java.time.LocalDate;

/**
 * Ingestion of releases with their tracks. Every create is a POST with an {@code Idempotency-Key}: the SDK makes one
 * up and reuses it for its own retries; {@link #ingestOnce} passes the partner's own key, so that a re-run of the
 * same import (another process, a crash and restart) creates nothing twice.
 */
public final class ReleaseIngestion {
    private final SoundportClient client;

    /** Ingests with {@code client}, which needs the {@code write} scope. */
    public ReleaseIngestion(SoundportClient client) {
        this.client = client;
    }

    /** A release of two tracks; {@code upc} may be null (a UPC is unique per organization: a repeat is a 409). */
    public Release ingest(String title, String upc) {
        return client.releases().create(params(title, upc));
    }

    /**
     * The same as {@link #ingest}, under the partner's own idempotency key: the second call with the same key answers
     * the release the first one created.
     */
    public Release ingestOnce(String title, String idempotencyKey) {
        return client.releases().create(params(title, null),
                RequestOptions.builder().idempotencyKey(idempotencyKey).build());
    }

    private static ReleaseCreateParams params(String title, String upc) {
        return ReleaseCreateParams.builder()
                .title(title).artistName("The Midnight").label("Partner Records").upc(upc)
                .releaseDate(LocalDate.of(2026, 12, 4)).genre("Synthwave").territories("US", "GB", "DE")
                .tracks(TrackParams.builder().title("Sunset").isrc("US-RC1-76-07839").durationMs(215_000L).build(),
                        TrackParams.builder().title("Los Angeles").isrc("USRC17607840").durationMs(198_000L)
                                .explicit(true).build())
                .build();
    }
}
