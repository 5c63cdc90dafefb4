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
