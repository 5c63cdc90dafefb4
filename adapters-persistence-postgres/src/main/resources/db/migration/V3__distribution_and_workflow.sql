-- Delivery partners (DSPs), deliveries of releases to them, workflow rules and their executions.

-- Lets deliveries reference a release together with its organization, so that a delivery never points at the
-- release of another organization.
ALTER TABLE releases ADD CONSTRAINT releases_org_id_key UNIQUE (organization_id, id);

-- Credentials are only ever stored encrypted (credentials_ciphertext); territories keep the partner's order.
CREATE TABLE partners (
    id                     text        NOT NULL,
    organization_id        text        NOT NULL,
    name                   text        NOT NULL,
    protocol               text        NOT NULL,
    endpoint               text        NOT NULL,
    territories            text[]      NOT NULL,
    active                 boolean     NOT NULL,
    credentials_ciphertext text,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint      NOT NULL,
    CONSTRAINT partners_pkey PRIMARY KEY (id),
    -- lets deliveries reference a partner together with its organization
    CONSTRAINT partners_org_id_key UNIQUE (organization_id, id),
    CONSTRAINT partners_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT partners_protocol_check CHECK (protocol IN ('HTTP', 'S3', 'FILE'))
);
CREATE INDEX partners_org_created_idx ON partners (organization_id, created_at DESC, id DESC);
CREATE INDEX partners_org_active_idx ON partners (organization_id, created_at, id) WHERE active;

-- A delivery keeps every attempt as a jsonb array. Its release and partner must exist in its organization, so
-- neither can be removed while a delivery refers to it: the delivery history stays whole.
CREATE TABLE deliveries (
    id                text        NOT NULL,
    organization_id   text        NOT NULL,
    release_id        text        NOT NULL,
    partner_id        text        NOT NULL,
    kind              text        NOT NULL,
    status            text        NOT NULL,
    attempts          jsonb       NOT NULL,
    partner_reference text,
    next_attempt_at   timestamptz,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    CONSTRAINT deliveries_pkey PRIMARY KEY (id),
    CONSTRAINT deliveries_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT deliveries_release_fkey FOREIGN KEY (organization_id, release_id)
        REFERENCES releases (organization_id, id),
    CONSTRAINT deliveries_partner_fkey FOREIGN KEY (organization_id, partner_id)
        REFERENCES partners (organization_id, id),
    CONSTRAINT deliveries_kind_check CHECK (kind IN ('DELIVERY', 'TAKEDOWN')),
    CONSTRAINT deliveries_status_check CHECK (status IN ('QUEUED', 'IN_PROGRESS', 'RETRYING', 'DELIVERED', 'FAILED'))
);
CREATE INDEX deliveries_org_created_idx ON deliveries (organization_id, created_at DESC, id DESC);
-- also serves ofRelease (oldest first) by a backward scan
CREATE INDEX deliveries_org_release_created_idx
    ON deliveries (organization_id, release_id, created_at DESC, id DESC);
CREATE INDEX deliveries_org_partner_created_idx
    ON deliveries (organization_id, partner_id, created_at DESC, id DESC);
CREATE INDEX deliveries_org_status_created_idx
    ON deliveries (organization_id, status, created_at DESC, id DESC);

-- Conditions and actions are JSON trees (a condition's value, an action's params), kept as jsonb arrays.
CREATE TABLE workflow_rules (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    name            text        NOT NULL,
    trigger         text        NOT NULL,
    conditions      jsonb       NOT NULL,
    actions         jsonb       NOT NULL,
    enabled         boolean     NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT workflow_rules_pkey PRIMARY KEY (id),
    CONSTRAINT workflow_rules_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id)
);
CREATE INDEX workflow_rules_org_created_idx ON workflow_rules (organization_id, created_at DESC, id DESC);
-- every event looks up the enabled rules of its type
CREATE INDEX workflow_rules_org_trigger_idx ON workflow_rules (organization_id, trigger, created_at, id)
    WHERE enabled;

-- rule_id has no foreign key: removing a rule leaves the record of its runs, as on every storage target.
CREATE TABLE workflow_executions (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    rule_id         text        NOT NULL,
    event_id        text        NOT NULL,
    event_type      text        NOT NULL,
    status          text        NOT NULL,
    outcomes        jsonb       NOT NULL,
    depth           integer     NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT workflow_executions_pkey PRIMARY KEY (id),
    CONSTRAINT workflow_executions_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT workflow_executions_status_check CHECK (status IN ('SUCCEEDED', 'PARTIAL', 'FAILED', 'SKIPPED'))
);
CREATE INDEX workflow_executions_org_created_idx
    ON workflow_executions (organization_id, created_at DESC, id DESC);
CREATE INDEX workflow_executions_org_rule_created_idx
    ON workflow_executions (organization_id, rule_id, created_at DESC, id DESC);
CREATE INDEX workflow_executions_org_status_created_idx
    ON workflow_executions (organization_id, status, created_at DESC, id DESC);
