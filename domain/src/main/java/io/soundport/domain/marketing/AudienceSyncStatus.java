package io.soundport.domain.marketing;

/**
 * Where an audience stands with Meta: NEVER_SYNCED → SYNCING → SYNCED or FAILED; a SYNCED or FAILED audience may be
 * synced again (SYNCING), a SYNCING one may not until its sync ends.
 */
public enum AudienceSyncStatus {
    NEVER_SYNCED, SYNCING, SYNCED, FAILED
}
