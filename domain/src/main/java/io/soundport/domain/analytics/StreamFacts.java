package io.soundport.domain.analytics;

import io.soundport.domain.identity.OrganizationId;

import java.time.Instant;
import java.util.List;

/**
 * The organization's stream facts, kept as their keys (so that each is counted once) and as the {@link Series}
 * rollups analytics read; the facts themselves are not kept, so reads cost the size of the rollups, not the number
 * of events.
 */
public interface StreamFacts {
    /** The most facts one {@link #record} call takes. */
    int MAX_BATCH = 1_000;

    /**
     * Counts each fact whose key the organization has not recorded before: its key is kept and
     * {@link Rollups#increments} of the new facts are added to the rollups, together, so that a fact is counted
     * exactly once even when the same batch is sent twice at the same time or the process stops midway (a fact is
     * then either wholly counted or not at all, and sending it again counts what is missing). Facts repeating a key
     * within the batch count once. Minute rows older than the real-time window may be dropped meanwhile.
     *
     * <p>This is its own unit of work (on DynamoDB, several transactions of whole facts): call it outside one.
     */
    RecordedFacts record(OrganizationId organizationId, List<StreamFact> facts, Instant now);

    /**
     * The rows of one series within one scope ({@code ""} for the series not kept per track) whose bucket is from
     * {@code fromBucket} to {@code toBucket}, both included, in no particular order.
     */
    List<RollupRow> rows(OrganizationId organizationId, Series series, String scope, String fromBucket,
                         String toBucket);
}
