-- A confidential notification carries a secret for its recipient alone (an e-mail verification link): it is sent
-- like any other, but the API never shows its body to the organization. Every notification before this was not.
ALTER TABLE notifications ADD COLUMN confidential boolean NOT NULL DEFAULT false;
