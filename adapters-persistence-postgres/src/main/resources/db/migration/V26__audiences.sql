-- Audiences of the marketing context: custom (members added as hashes) or lookalike (made from a custom audience),
-- and their state on Meta. lookalike_ratio is exact (numeric, never a float).
CREATE TABLE audiences (
    id                     text          NOT NULL,
    organization_id        text          NOT NULL,
    name                   text          NOT NULL,
    description            text,
    type                   text          NOT NULL,
    source                 text,
    country                text,
    lookalike_origin_id    text,
    lookalike_ratio        numeric(3, 2),
    member_count           bigint        NOT NULL,
    meta_ad_account_id     text,
    meta_audience_id       text,
    sync_status            text          NOT NULL,
    sync_sent              bigint        NOT NULL,
    sync_total             bigint        NOT NULL,
    sync_cursor            text,
    sync_started_by        text,
    sync_started_at        timestamptz,
    synced_at              timestamptz,
    sync_failure_reason    text,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL,
    CONSTRAINT audiences_pkey PRIMARY KEY (id),
    CONSTRAINT audiences_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT audiences_type_check CHECK (type IN ('CUSTOM', 'LOOKALIKE')),
    CONSTRAINT audiences_source_check CHECK (source IN ('USER_PROVIDED_ONLY', 'PARTNER_PROVIDED_ONLY',
                                                         'BOTH_USER_AND_PARTNER_PROVIDED')),
    CONSTRAINT audiences_kind_check CHECK (
        (type = 'CUSTOM' AND source IS NOT NULL AND lookalike_origin_id IS NULL AND lookalike_ratio IS NULL)
        OR (type = 'LOOKALIKE' AND source IS NULL AND country IS NOT NULL AND lookalike_origin_id IS NOT NULL
            AND lookalike_ratio BETWEEN 0.01 AND 0.20 AND member_count = 0)),
    CONSTRAINT audiences_sync_status_check CHECK (sync_status IN ('NEVER_SYNCED', 'SYNCING', 'SYNCED', 'FAILED')),
    CONSTRAINT audiences_counts_check CHECK (member_count >= 0 AND sync_sent >= 0 AND sync_total >= 0)
);
-- the list, newest first; ?type= and the lookalikes of an origin on their own indexes
CREATE INDEX audiences_org_created_idx ON audiences (organization_id, created_at DESC, id DESC);
CREATE INDEX audiences_org_type_created_idx ON audiences (organization_id, type, created_at DESC, id DESC);
CREATE INDEX audiences_org_origin_idx ON audiences (organization_id, lookalike_origin_id, created_at DESC, id DESC)
    WHERE lookalike_origin_id IS NOT NULL;

-- The people of a custom audience, only as the SHA-256 hashes of their normalized e-mail and phone; member_key is
-- the e-mail's hash, else the phone's, and orders the members (byte order, as the sync reads them).
CREATE TABLE audience_members (
    audience_id  text NOT NULL,
    member_key   text COLLATE "C" NOT NULL,
    email_sha256 text,
    phone_sha256 text,
    CONSTRAINT audience_members_pkey PRIMARY KEY (audience_id, member_key),
    CONSTRAINT audience_members_audience_fkey FOREIGN KEY (audience_id) REFERENCES audiences (id) ON DELETE CASCADE,
    CONSTRAINT audience_members_hash_check CHECK (email_sha256 IS NOT NULL OR phone_sha256 IS NOT NULL)
);
