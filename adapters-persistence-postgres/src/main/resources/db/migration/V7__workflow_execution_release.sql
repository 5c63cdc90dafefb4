-- The release a workflow execution acted on, taken from the typed event that triggered it; null when that event
-- concerns no release, and for executions recorded before this migration. The outbox keeps the same id beside each
-- event, so that the workflow engine reads it from the event as recorded rather than from its published payload.
ALTER TABLE outbox_events ADD COLUMN release_id text;

ALTER TABLE workflow_executions ADD COLUMN release_id text;

-- Serves GET /workflow/executions?release_id= in the list's order (newest first, id breaking ties).
CREATE INDEX workflow_executions_org_release_created_idx
    ON workflow_executions (organization_id, release_id, created_at DESC, id DESC)
    WHERE release_id IS NOT NULL;
