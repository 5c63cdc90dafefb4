-- Media assets: the audio of a track and the cover artwork of a release, one per subject. The content is in the blob
-- store under blob_key; the row keeps its size and hashes (computed as it was stored) and the facts read from the
-- file (audio: sample rate, bit depth, channels, duration; image: width, height). subject_id is the track's id for
-- AUDIO and the release's for ARTWORK; release_id is the release the subject was on when stored (NULL for a track on
-- no release). No foreign key to tracks or releases: the service removes the row and its blob together.
CREATE TABLE media_assets (
    organization_id text        NOT NULL,
    kind            text        NOT NULL,
    subject_id      text        NOT NULL,
    release_id      text,
    blob_key        text        NOT NULL,
    content_type    text        NOT NULL,
    size_bytes      bigint      NOT NULL,
    sha256          text        NOT NULL,
    md5             text        NOT NULL,
    codec           text        NOT NULL,
    sample_rate     integer,
    bit_depth       integer,
    channels        integer,
    duration_ms     bigint,
    width           integer,
    height          integer,
    uploaded_at     timestamptz NOT NULL,
    CONSTRAINT media_assets_pkey PRIMARY KEY (organization_id, kind, subject_id),
    CONSTRAINT media_assets_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT media_assets_kind_check CHECK (kind IN ('AUDIO', 'ARTWORK')),
    CONSTRAINT media_assets_size_check CHECK (size_bytes >= 0),
    CONSTRAINT media_assets_facts_check CHECK (
        (kind = 'AUDIO' AND sample_rate IS NOT NULL AND bit_depth IS NOT NULL AND channels IS NOT NULL
            AND duration_ms IS NOT NULL AND width IS NULL AND height IS NULL)
        OR (kind = 'ARTWORK' AND width IS NOT NULL AND height IS NOT NULL AND sample_rate IS NULL))
);
CREATE INDEX media_assets_org_release_idx ON media_assets (organization_id, release_id);
