-- Imports of a user's tracks on a streaming platform into their organization's catalog, found by id within the
-- organization and updated at their version as the worker goes. time_range names the range of an import of top
-- tracks; an import of saved tracks has none. The four counts are TrackSync.Counts.
CREATE TABLE track_syncs (
    id                 text        NOT NULL,
    organization_id    text        NOT NULL,
    user_id            text        NOT NULL,
    provider           text        NOT NULL,
    source             text        NOT NULL,
    time_range         text,
    track_limit        integer     NOT NULL,
    status             text        NOT NULL,
    found              integer     NOT NULL,
    imported           integer     NOT NULL,
    already_in_catalog integer     NOT NULL,
    without_isrc       integer     NOT NULL,
    failure_reason     text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    finished_at        timestamptz,
    version            bigint      NOT NULL,
    CONSTRAINT track_syncs_pkey PRIMARY KEY (id),
    CONSTRAINT track_syncs_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT track_syncs_user_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT track_syncs_provider_check CHECK (provider IN ('SPOTIFY', 'META')),
    CONSTRAINT track_syncs_source_check CHECK (source IN ('TOP_TRACKS', 'SAVED_TRACKS')),
    CONSTRAINT track_syncs_time_range_check CHECK (
        (source = 'TOP_TRACKS' AND time_range IS NOT NULL
            AND time_range IN ('SHORT_TERM', 'MEDIUM_TERM', 'LONG_TERM'))
        OR (source = 'SAVED_TRACKS' AND time_range IS NULL)),
    CONSTRAINT track_syncs_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
