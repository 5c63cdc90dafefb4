-- Rate-limit counters shared by every instance: one row per key and fixed window. They are written outside every
-- unit of work (auto-commit), so that a counter never rolls back with the request that raised it. A window may be
-- forgotten two windows after it started (expires_at); the adapter deletes expired rows now and then.
CREATE TABLE rate_limit_counters (
    key          text        NOT NULL,
    window_start timestamptz NOT NULL,
    count        bigint      NOT NULL CHECK (count > 0),
    expires_at   timestamptz NOT NULL,
    CONSTRAINT rate_limit_counters_pkey PRIMARY KEY (key, window_start)
);

-- Serves the occasional purge of expired rows.
CREATE INDEX rate_limit_counters_expires_idx ON rate_limit_counters (expires_at);
