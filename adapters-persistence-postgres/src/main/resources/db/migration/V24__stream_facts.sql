-- Analytics of streams. stream_event_keys holds the sender's key of every stream fact counted, so that a fact sent
-- again is not counted twice; the facts themselves are not kept. stream_rollups holds the pre-aggregated series
-- analytics read (io.soundport.domain.analytics.Series): per organization, series and scope (a track id, or ''),
-- one row per bucket of UTC time (text that sorts in time order), dimension value and revenue currency ('' for
-- streams whose revenue is unknown), with the streams and revenue (micros of the currency) added as facts arrive.
CREATE TABLE stream_event_keys (
    organization_id text        NOT NULL,
    event_key       text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    CONSTRAINT stream_event_keys_pkey PRIMARY KEY (organization_id, event_key),
    CONSTRAINT stream_event_keys_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id)
);

CREATE TABLE stream_rollups (
    organization_id text   NOT NULL,
    series          text   NOT NULL,
    scope           text   NOT NULL,
    bucket          text   COLLATE "C" NOT NULL,
    dims            text   NOT NULL,
    currency        text   NOT NULL,
    streams         bigint NOT NULL,
    revenue_micros  bigint NOT NULL,
    CONSTRAINT stream_rollups_pkey PRIMARY KEY (organization_id, series, scope, bucket, dims, currency),
    CONSTRAINT stream_rollups_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT stream_rollups_series_check CHECK (series IN ('DAILY', 'TRACK_DAILY', 'COUNTRY_DAILY',
        'STORE_MONTHLY', 'TRACK_BREAKDOWN', 'TRACK_HOURLY', 'TRACK_MINUTE')),
    CONSTRAINT stream_rollups_measures_check CHECK (streams >= 0 AND revenue_micros >= 0)
);
