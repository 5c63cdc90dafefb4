-- An organization's standing: a platform operator may suspend it (when, by which operator's user id, and a reason
-- shown to the organization); the three columns are all set or all null (active).
ALTER TABLE organizations
    ADD COLUMN suspended_at      timestamptz,
    ADD COLUMN suspended_by      text,
    ADD COLUMN suspension_reason text,
    ADD CONSTRAINT organizations_suspension_check CHECK (
        (suspended_at IS NULL AND suspended_by IS NULL AND suspension_reason IS NULL)
        OR (suspended_at IS NOT NULL AND suspended_by IS NOT NULL AND suspension_reason IS NOT NULL));

-- The operators' list filtered by tier, newest first; the name search reads the list in order.
CREATE INDEX organizations_tier_created_idx ON organizations (tier, created_at DESC, id DESC);
