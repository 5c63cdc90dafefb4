-- The gateway's registry of upstream services: platform-wide (no organization). Instances are absolute URLs, checked
-- by the SSRF guard before they are stored, in the order they were given.
CREATE TABLE upstream_services (
    name                 text        NOT NULL,
    instances            text[]      NOT NULL,
    health_path          text        NOT NULL,
    health_interval_ms   bigint      NOT NULL CHECK (health_interval_ms > 0),
    created_at           timestamptz NOT NULL,
    CONSTRAINT upstream_services_pkey PRIMARY KEY (name)
);
