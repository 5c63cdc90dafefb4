-- Notifications (e-mail, SMS, push), their templates and the opt-out list of each organization. A recipient is kept
-- as its channel and its address in normal form (Recipient), so that an opt-out matches however it was written.

-- One message to one recipient. What is sent and to whom never changes after the insert; an update changes only the
-- sending state. template_id has no foreign key: removing a template leaves the record of what was sent with it.
CREATE TABLE notifications (
    id                  text        NOT NULL,
    organization_id     text        NOT NULL,
    channel             text        NOT NULL,
    address             text        NOT NULL,
    subject             text,
    body                text        NOT NULL,
    template_id         text,
    status              text        NOT NULL,
    attempts            integer     NOT NULL,
    provider_message_id text,
    failure_reason      text,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    sent_at             timestamptz,
    version             bigint      NOT NULL,
    CONSTRAINT notifications_pkey PRIMARY KEY (id),
    CONSTRAINT notifications_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT notifications_channel_check CHECK (channel IN ('EMAIL', 'SMS', 'PUSH')),
    CONSTRAINT notifications_status_check CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    CONSTRAINT notifications_attempts_check CHECK (attempts >= 0)
);
CREATE INDEX notifications_org_created_idx ON notifications (organization_id, created_at DESC, id DESC);
-- ?status= and ?channel= (both at once: the status index, its rows checked for the channel)
CREATE INDEX notifications_org_status_created_idx
    ON notifications (organization_id, status, created_at DESC, id DESC);
CREATE INDEX notifications_org_channel_created_idx
    ON notifications (organization_id, channel, created_at DESC, id DESC);

-- A named message of one channel; the name is unique within the organization (exact match), the channel never
-- changes.
CREATE TABLE notification_templates (
    id              text        NOT NULL,
    organization_id text        NOT NULL,
    name            text        NOT NULL,
    channel         text        NOT NULL,
    subject         text,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT notification_templates_pkey PRIMARY KEY (id),
    -- also serves findByName
    CONSTRAINT notification_templates_org_name_key UNIQUE (organization_id, name),
    CONSTRAINT notification_templates_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT notification_templates_channel_check CHECK (channel IN ('EMAIL', 'SMS', 'PUSH'))
);
CREATE INDEX notification_templates_org_created_idx
    ON notification_templates (organization_id, created_at DESC, id DESC);

-- The recipients an organization is not to send anything to, one row per organization, channel and address.
-- recipient_key is Recipient.key() ('email:ada@example.com'): the tie-breaker of the newest-first pages.
CREATE TABLE notification_opt_outs (
    organization_id text        NOT NULL,
    channel         text        NOT NULL,
    address         text        NOT NULL,
    recipient_key   text        NOT NULL GENERATED ALWAYS AS (lower(channel) || ':' || address) STORED,
    created_at      timestamptz NOT NULL,
    CONSTRAINT notification_opt_outs_pkey PRIMARY KEY (organization_id, channel, address),
    CONSTRAINT notification_opt_outs_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT notification_opt_outs_channel_check CHECK (channel IN ('EMAIL', 'SMS', 'PUSH'))
);
CREATE INDEX notification_opt_outs_org_created_idx
    ON notification_opt_outs (organization_id, created_at DESC, recipient_key DESC);
CREATE INDEX notification_opt_outs_org_channel_created_idx
    ON notification_opt_outs (organization_id, channel, created_at DESC, recipient_key DESC);
