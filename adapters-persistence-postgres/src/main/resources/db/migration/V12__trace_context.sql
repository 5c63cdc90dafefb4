-- The W3C traceparent of the work that raised an event or queued a job, so that the webhooks and deliveries it
-- causes continue that trace. Null for work outside any trace (and for rows written before this migration).
ALTER TABLE outbox_events ADD COLUMN trace_parent text;
ALTER TABLE jobs ADD COLUMN trace_parent text;
