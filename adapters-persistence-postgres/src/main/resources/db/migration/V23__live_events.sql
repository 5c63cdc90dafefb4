-- Live events (concerts, showcases, launches) of an organization. starts_at is the event's date as an instant, what
-- lists sort and filter on; utc_offset_seconds keeps the offset it was given in, so that it is answered back in the
-- venue's local time.
CREATE TABLE live_events (
    id                 text        NOT NULL,
    organization_id    text        NOT NULL,
    title              text        NOT NULL,
    description        text,
    starts_at          timestamptz NOT NULL,
    utc_offset_seconds integer     NOT NULL,
    location           text        NOT NULL,
    capacity           integer,
    organizer          text,
    status             text        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL,
    CONSTRAINT live_events_pkey PRIMARY KEY (id),
    CONSTRAINT live_events_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT live_events_status_check CHECK (status IN ('SCHEDULED', 'POSTPONED', 'CANCELLED', 'COMPLETED')),
    CONSTRAINT live_events_capacity_check CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 10000000),
    CONSTRAINT live_events_offset_check CHECK (utc_offset_seconds BETWEEN -64800 AND 64800)
);
-- the list, soonest first, with or without a date range; ?status= on its own index
CREATE INDEX live_events_org_starts_idx ON live_events (organization_id, starts_at, id);
CREATE INDEX live_events_org_status_starts_idx ON live_events (organization_id, status, starts_at, id);
