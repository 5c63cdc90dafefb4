-- Integrations: each user's connections, within an organization, to their accounts on outside platforms, and the
-- OAuth authorizations under way. Tokens and code verifiers are sealed by the SecretCipher before they get here.

-- One connection per organization, user and provider; connecting again updates the row, keeping its id.
-- scopes keeps the provider's order.
CREATE TABLE integration_connections (
    id                   text        NOT NULL,
    organization_id      text        NOT NULL,
    user_id              text        NOT NULL,
    provider             text        NOT NULL,
    provider_user_id     text        NOT NULL,
    scopes               text[]      NOT NULL,
    status               text        NOT NULL,
    sealed_access_token  text        NOT NULL,
    sealed_refresh_token text,
    expires_at           timestamptz,
    connected_at         timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint      NOT NULL,
    CONSTRAINT integration_connections_pkey PRIMARY KEY (id),
    -- also serves find and listFor
    CONSTRAINT integration_connections_org_user_provider_key UNIQUE (organization_id, user_id, provider),
    CONSTRAINT integration_connections_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT integration_connections_user_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT integration_connections_provider_check CHECK (provider IN ('SPOTIFY', 'META')),
    CONSTRAINT integration_connections_status_check CHECK (status IN ('ACTIVE', 'NEEDS_RECONNECT'))
);

-- An authorization started and not yet come back, found by the SHA-256 of its state and taken once (DELETE ...
-- RETURNING); the expired ones are swept by expires_at.
CREATE TABLE oauth_pending_authorizations (
    state_hash           text        NOT NULL,
    organization_id      text        NOT NULL,
    user_id              text        NOT NULL,
    provider             text        NOT NULL,
    sealed_code_verifier text,
    created_at           timestamptz NOT NULL,
    expires_at           timestamptz NOT NULL,
    CONSTRAINT oauth_pending_authorizations_pkey PRIMARY KEY (state_hash),
    CONSTRAINT oauth_pending_authorizations_organization_fkey
        FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT oauth_pending_authorizations_user_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT oauth_pending_authorizations_provider_check CHECK (provider IN ('SPOTIFY', 'META'))
);
CREATE INDEX oauth_pending_authorizations_expires_idx ON oauth_pending_authorizations (expires_at);
