-- A claim of due jobs of one type, for the workers: it walks jobs_claim_idx in (run_at, id) order and stops after
-- the jobs it leases, whatever the statistics say. A queue's statistics are stale whenever a burst outgrows them;
-- the planner then counts on a handful of due jobs and chooses to read and sort every one of them at each claim, a
-- cost that grows with the backlog (tens of milliseconds a claim at 30,000 jobs). Sorting is off inside the
-- function only (its SET clause), so the one plan left that gives the order is the index walk. The picking
-- sub-select is a MATERIALIZED common table expression so that it runs once (a re-run LIMIT ... SKIP LOCKED could
-- lease more jobs than asked); rows changed by a concurrent claim after the snapshot are re-checked once locked.
CREATE FUNCTION soundport_claim_jobs(job_type text, claim_at timestamptz, leased_until timestamptz, owner text,
                                     max_jobs integer)
    RETURNS SETOF jobs
    LANGUAGE sql
    SET enable_sort = off
AS $$
    WITH due AS MATERIALIZED (
        SELECT id FROM jobs
        WHERE type = job_type AND run_at <= claim_at AND (lease_until IS NULL OR lease_until < claim_at)
        ORDER BY run_at, id
        LIMIT max_jobs
        FOR UPDATE SKIP LOCKED)
    UPDATE jobs SET lease_owner = owner, lease_until = leased_until, attempts = jobs.attempts + 1
    FROM due
    WHERE jobs.id = due.id
    RETURNING jobs.*
$$;
