-- Every statement that inserts jobs or outbox events notifies the channel soundport_work. NOTIFY is transactional:
-- the listeners (idle workers of every instance) hear it when the transaction commits, and never for one that rolls
-- back; PostgreSQL folds the identical notifications of one transaction into one.
CREATE FUNCTION soundport_notify_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('soundport_work', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER jobs_notify_work AFTER INSERT ON jobs
    FOR EACH STATEMENT EXECUTE FUNCTION soundport_notify_work();

CREATE TRIGGER outbox_events_notify_work AFTER INSERT ON outbox_events
    FOR EACH STATEMENT EXECUTE FUNCTION soundport_notify_work();
