-- The shared job queue of the background workers, and the webhook endpoints and messages of each organization.

-- Like the outbox, jobs are not a tenant table: a job may outlive its organization, so no foreign key.
-- A worker claims the due, unleased jobs of its types, oldest run_at first, with FOR UPDATE SKIP LOCKED.
CREATE TABLE jobs (
    id              text        NOT NULL,
    type            text        NOT NULL,
    organization_id text        NOT NULL,
    subject_id      text        NOT NULL,
    run_at          timestamptz NOT NULL,
    attempts        integer     NOT NULL,
    lease_owner     text,
    lease_until     timestamptz,
    created_at      timestamptz NOT NULL,
    CONSTRAINT jobs_pkey PRIMARY KEY (id),
    CONSTRAINT jobs_lease_check CHECK ((lease_owner IS NULL) = (lease_until IS NULL))
);
CREATE INDEX jobs_claim_idx ON jobs (type, run_at, id);

CREATE TABLE webhook_endpoints (
    id                         text        NOT NULL,
    organization_id            text        NOT NULL,
    url                        text        NOT NULL,
    events                     text[]      NOT NULL,
    description                text,
    active                     boolean     NOT NULL,
    secret_ciphertext          text        NOT NULL,
    previous_secret_ciphertext text,
    previous_secret_expires_at timestamptz,
    disabled_reason            text,
    consecutive_failures       integer     NOT NULL,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    version                    bigint      NOT NULL,
    CONSTRAINT webhook_endpoints_pkey PRIMARY KEY (id),
    CONSTRAINT webhook_endpoints_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
CREATE INDEX webhook_endpoints_org_created_idx ON webhook_endpoints (organization_id, created_at DESC, id DESC);

-- A message keeps the exact body it signs and its attempts as a jsonb array. endpoint_id has no foreign key:
-- removing an endpoint leaves its messages as they are, as on every storage target.
CREATE TABLE webhook_messages (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    endpoint_id     text        NOT NULL,
    event_id        text        NOT NULL,
    event_type      text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL,
    attempts        jsonb       NOT NULL,
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT webhook_messages_pkey PRIMARY KEY (id),
    CONSTRAINT webhook_messages_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT webhook_messages_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED'))
);
CREATE INDEX webhook_messages_endpoint_created_idx
    ON webhook_messages (organization_id, endpoint_id, created_at DESC, id DESC);
