-- The notification of inserted jobs names their type ('jobs:webhook.send'), one per type a statement inserted, so
-- that a worker wakes for its own jobs only: with one payload for every job, each webhook job woke the partner
-- delivery worker too (and each delivery job the webhook senders), every one of them a claim that found nothing.
-- Outbox events keep their payload, 'outbox_events'. An instance still on V13's code wakes on any payload.
CREATE FUNCTION soundport_notify_jobs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('soundport_work', 'jobs:' || types.type) FROM (SELECT DISTINCT type FROM inserted) AS types;
    RETURN NULL;
END
$$;

DROP TRIGGER jobs_notify_work ON jobs;
CREATE TRIGGER jobs_notify_work AFTER INSERT ON jobs REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION soundport_notify_jobs();
