-- The outcome kept under an idempotency key is opaque to the core: a payload and named attributes, both chosen by
-- the edge that ran the command. The columns of the REST answer (status, content type, location, ETag) become
-- attributes under the names the REST edge gives them, so that records kept before this migration still replay.
ALTER TABLE idempotency_keys ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}'::jsonb;

UPDATE idempotency_keys
SET attributes = jsonb_strip_nulls(jsonb_build_object(
        'status', response_status::text,
        'contentType', content_type,
        'location', location,
        'etag', etag))
WHERE completed;

ALTER TABLE idempotency_keys RENAME COLUMN body TO payload;

ALTER TABLE idempotency_keys
    DROP COLUMN response_status,
    DROP COLUMN content_type,
    DROP COLUMN location,
    DROP COLUMN etag;
