-- The audit log: one row per change, inserted in the change's own transaction, never updated. No foreign keys: an
-- entry outlives what it names (a deleted release, a removed member). created_at is when the change happened.
-- Nothing secret is kept: ids, the action, and where the request came from.
CREATE TABLE audit_log (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    actor_kind      text        NOT NULL CHECK (actor_kind IN ('USER', 'API_KEY')),
    actor_id        text        NOT NULL,
    action          text        NOT NULL,
    resource_type   text        NOT NULL,
    resource_id     text        NOT NULL,
    client_address  text,
    user_agent      text,
    request_id      text,
    created_at      timestamptz NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);

-- GET /organization/audit-log, newest first (id breaking ties), and its time range.
CREATE INDEX audit_log_org_created_idx ON audit_log (organization_id, created_at DESC, id DESC);
-- ?action= within an organization.
CREATE INDEX audit_log_org_action_created_idx ON audit_log (organization_id, action, created_at DESC, id DESC);
-- ?actor= (a user may act in several organizations: the organization is checked on the rows found).
CREATE INDEX audit_log_actor_created_idx ON audit_log (actor_id, created_at DESC, id DESC);
-- ?resource_type= and ?resource_id=.
CREATE INDEX audit_log_resource_created_idx
    ON audit_log (resource_type, resource_id, created_at DESC, id DESC);
-- GET /admin/audit-log across every organization.
CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC, id DESC);
