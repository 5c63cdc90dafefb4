-- Identity and catalog of Soundport, plus the transactional outbox and idempotency records.
-- Ids are the opaque, time-ordered strings of the domain (org_..., rel_...). Every tenant table carries
-- organization_id with a foreign key; lists are read newest first by (created_at, id), hence the indexes.

CREATE TABLE organizations (
    id         text        NOT NULL,
    name       text        NOT NULL,
    tier       text        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    CONSTRAINT organizations_pkey PRIMARY KEY (id),
    CONSTRAINT organizations_tier_check CHECK (tier IN ('FREE', 'STARTER', 'PROFESSIONAL', 'ENTERPRISE'))
);
CREATE INDEX organizations_created_idx ON organizations (created_at DESC, id DESC);

CREATE TABLE users (
    id             text        NOT NULL,
    email          text        NOT NULL,
    name           text        NOT NULL,
    password_hash  text,
    email_verified boolean     NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE memberships (
    organization_id text        NOT NULL,
    user_id         text        NOT NULL,
    role            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT memberships_pkey PRIMARY KEY (organization_id, user_id),
    CONSTRAINT memberships_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT memberships_user_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT memberships_role_check CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER'))
);
CREATE INDEX memberships_org_created_idx ON memberships (organization_id, created_at DESC, user_id DESC);
CREATE INDEX memberships_user_created_idx ON memberships (user_id, created_at, organization_id);
CREATE INDEX memberships_org_role_idx ON memberships (organization_id, role);

CREATE TABLE refresh_tokens (
    id              text        NOT NULL,
    family_id       text        NOT NULL,
    user_id         text        NOT NULL,
    organization_id text        NOT NULL,
    token_hash      text        NOT NULL,
    issued_at       timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    status          text        NOT NULL,
    CONSTRAINT refresh_tokens_pkey PRIMARY KEY (id),
    CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash),
    CONSTRAINT refresh_tokens_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT refresh_tokens_user_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT refresh_tokens_status_check CHECK (status IN ('ACTIVE', 'USED', 'REVOKED'))
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_org_idx ON refresh_tokens (organization_id);

CREATE TABLE applications (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    name            text        NOT NULL,
    email           text,
    domain          text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT applications_pkey PRIMARY KEY (id),
    -- lets api_keys reference an application together with its organization
    CONSTRAINT applications_org_id_key UNIQUE (organization_id, id),
    CONSTRAINT applications_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
CREATE INDEX applications_org_created_idx ON applications (organization_id, created_at DESC, id DESC);

CREATE TABLE api_keys (
    id              text        NOT NULL,
    application_id  text        NOT NULL,
    organization_id text        NOT NULL,
    name            text        NOT NULL,
    prefix          text        NOT NULL,
    key_hash        text        NOT NULL,
    scopes          text[]      NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    CONSTRAINT api_keys_pkey PRIMARY KEY (id),
    CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash),
    CONSTRAINT api_keys_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT api_keys_application_fkey FOREIGN KEY (organization_id, application_id)
        REFERENCES applications (organization_id, id) ON DELETE CASCADE
);
CREATE INDEX api_keys_app_created_idx ON api_keys (organization_id, application_id, created_at DESC, id DESC);

CREATE TABLE artists (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    name            text        NOT NULL,
    musicbrainz_id  text,
    spotify_id      text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT artists_pkey PRIMARY KEY (id),
    CONSTRAINT artists_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
CREATE INDEX artists_org_created_idx ON artists (organization_id, created_at DESC, id DESC);
CREATE INDEX artists_org_lower_name_idx ON artists (organization_id, lower(name), created_at, id);

-- artist_id of releases and tracks is checked by the use cases (Releases.existsForArtist before removing an
-- artist), not by a foreign key, so that the catalog rules live in one place for every storage target.
CREATE TABLE releases (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    title           text        NOT NULL,
    artist_id       text        NOT NULL,
    upc             text,
    label           text,
    release_date    date,
    genre           text,
    territories     text[]      NOT NULL,
    status          text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT releases_pkey PRIMARY KEY (id),
    CONSTRAINT releases_organization_id_upc_key UNIQUE (organization_id, upc),
    CONSTRAINT releases_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT releases_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'DELIVERING', 'DELIVERED',
                                                       'TAKEDOWN_REQUESTED', 'TAKEN_DOWN'))
);
CREATE INDEX releases_org_created_idx ON releases (organization_id, created_at DESC, id DESC);
CREATE INDEX releases_org_status_created_idx ON releases (organization_id, status, created_at DESC, id DESC);
CREATE INDEX releases_org_artist_created_idx ON releases (organization_id, artist_id, created_at DESC, id DESC);

CREATE TABLE tracks (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    release_id      text,
    artist_id       text,
    title           text        NOT NULL,
    isrc            text,
    duration_ms     bigint      NOT NULL,
    explicit        boolean     NOT NULL,
    position        integer,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT tracks_pkey PRIMARY KEY (id),
    CONSTRAINT tracks_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
CREATE INDEX tracks_org_created_idx ON tracks (organization_id, created_at DESC, id DESC);
CREATE INDEX tracks_org_release_idx ON tracks (organization_id, release_id, position, created_at, id);
CREATE INDEX tracks_org_isrc_idx ON tracks (organization_id, isrc);
CREATE INDEX tracks_org_artist_idx ON tracks (organization_id, artist_id);

-- The outbox is not a tenant table: events of an organization must still be dispatched after it is gone,
-- so organization_id is kept without a foreign key. seq keeps the append order of events of the same instant.
CREATE TABLE outbox_events (
    seq             bigint GENERATED ALWAYS AS IDENTITY,
    id              text        NOT NULL,
    type            text        NOT NULL,
    organization_id text        NOT NULL,
    aggregate_id    text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    data            jsonb       NOT NULL,
    dispatched_at   timestamptz,
    CONSTRAINT outbox_events_pkey PRIMARY KEY (id)
);
CREATE INDEX outbox_events_pending_idx ON outbox_events (occurred_at, seq) WHERE dispatched_at IS NULL;

CREATE TABLE idempotency_keys (
    scope           text        NOT NULL,
    key             text        NOT NULL,
    fingerprint     text        NOT NULL,
    completed       boolean     NOT NULL DEFAULT false,
    response_status integer,
    content_type    text,
    body            bytea,
    location        text,
    etag            text,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at);
