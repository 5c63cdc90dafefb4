package com.example.partner;

import io.soundport.sdk.RequestOptions;
import io.soundport.sdk.SoundportClient;
import io.soundport.sdk.exception.PreconditionFailedException;
import io.soundport.sdk.model.Release;
import io.soundport.sdk.model.ReleaseStatus;
import io.soundport.sdk.param.ReleaseUpdateParams;

import java.util.function.Function;

/**
 * An edit that never overwrites someone else's: the update carries {@code If-Match} with the version the change was
 * computed from; when the release changed since ({@link PreconditionFailedException}, 412), it is read again and the
 * change computed anew from what is there now.
 */
public final class OptimisticUpdate {
    /** How often a change is recomputed before giving up: only a hot release changes under us that often. */
    static final int MAX_ATTEMPTS = 5;

    private OptimisticUpdate() {
    }

    /**
     * The release after the change, and how many attempts it took (1 when nobody else changed it in between).
     *
     * @param release  the release as it is now on the server
     * @param attempts the updates sent, the accepted one included
     */
    public record Outcome(Release release, int attempts) {
    }

    /** Applies {@code change} to {@code seen}, a release as this partner read it some time ago. */
    public static Outcome apply(SoundportClient client, Release seen, Function<Release, ReleaseUpdateParams> change) {
        Release current = seen;
        for (int attempt = 1; ; attempt++) {
            if (current.status() != ReleaseStatus.DRAFT) {
                throw new IllegalStateException("Only a DRAFT release can be edited; " + current.id() + " is "
                        + current.statusValue());
            }
            try {
                Release updated = client.releases().update(current.id(), change.apply(current),
                        RequestOptions.builder().ifMatch(current.version()).build());
                return new Outcome(updated, attempt);
            } catch (PreconditionFailedException stale) {
                if (attempt == MAX_ATTEMPTS) {
                    throw stale;
                }
                current = client.releases().retrieve(current.id());
            }
        }
    }
}
