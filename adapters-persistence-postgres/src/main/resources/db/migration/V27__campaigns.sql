-- Marketing campaigns of an organization. Money is integer minor units of the budget's currency (spend too);
-- dates are days. audience_ids names the marketing audiences it targets; meta_campaign_id and meta_user_id are set
-- once it runs on Meta (and whose connection runs it). Metrics are the ad platform's last lifetime reading.
CREATE TABLE campaigns (
    id                  text        NOT NULL,
    organization_id     text        NOT NULL,
    name                text        NOT NULL,
    objective           text        NOT NULL,
    release_id          text,
    track_id            text,
    currency            text        NOT NULL,
    budget_minor        bigint      NOT NULL,
    daily_budget_minor  bigint,
    start_date          date        NOT NULL,
    end_date            date,
    audience_ids        text[]      NOT NULL,
    ad_account_id       text,
    goal_metric         text,
    goal_target         bigint,
    status              text        NOT NULL,
    meta_campaign_id    text,
    meta_user_id        text,
    spend_minor         bigint      NOT NULL,
    impressions         bigint      NOT NULL,
    reach               bigint      NOT NULL,
    clicks              bigint      NOT NULL,
    conversions         bigint      NOT NULL,
    metrics_as_of       timestamptz,
    budget_warned       boolean     NOT NULL,
    goal_reached        boolean     NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (id),
    CONSTRAINT campaigns_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT campaigns_status_check
        CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED')),
    CONSTRAINT campaigns_promotes_check CHECK ((release_id IS NULL) <> (track_id IS NULL)),
    CONSTRAINT campaigns_budget_check CHECK (budget_minor > 0 AND spend_minor >= 0),
    CONSTRAINT campaigns_goal_check CHECK ((goal_metric IS NULL) = (goal_target IS NULL)),
    CONSTRAINT campaigns_meta_check CHECK ((meta_campaign_id IS NULL) = (meta_user_id IS NULL))
);
-- the list, newest first, with or without a status
CREATE INDEX campaigns_org_created_idx ON campaigns (organization_id, created_at DESC, id DESC);
CREATE INDEX campaigns_org_status_created_idx ON campaigns (organization_id, status, created_at DESC, id DESC);
-- what the insights job walks: the running campaigns of every organization, by id
CREATE INDEX campaigns_running_idx ON campaigns (id) WHERE status IN ('ACTIVE', 'PAUSED');
