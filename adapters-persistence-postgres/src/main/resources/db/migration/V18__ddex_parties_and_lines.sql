-- DDEX parties: the organization's DDEX Party ID and party name (the sender of its ERN messages), each partner's
-- DDEX Party ID (the recipient), whether it takes test messages only, and how it takes the takedown of a release it
-- never had on sale.
ALTER TABLE organizations
    ADD COLUMN dpid text,
    ADD COLUMN party_name text;
ALTER TABLE partners
    ADD COLUMN dpid text,
    ADD COLUMN test boolean NOT NULL DEFAULT false,
    ADD COLUMN takedown text NOT NULL DEFAULT 'MESSAGE',
    ADD CONSTRAINT partners_takedown_check CHECK (takedown IN ('MESSAGE', 'PURGE'));
-- The release's ℗ and © lines (year and owner, both or neither), which partners print and its recordings carry.
ALTER TABLE releases
    ADD COLUMN p_line_year integer,
    ADD COLUMN p_line_owner text,
    ADD COLUMN c_line_year integer,
    ADD COLUMN c_line_owner text,
    ADD CONSTRAINT releases_p_line_check CHECK ((p_line_year IS NULL) = (p_line_owner IS NULL)),
    ADD CONSTRAINT releases_c_line_check CHECK ((c_line_year IS NULL) = (c_line_owner IS NULL));
