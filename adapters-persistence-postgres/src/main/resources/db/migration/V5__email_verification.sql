-- An invitation lets its user in only once they have proved they own the invited address. Memberships of users
-- who have not registered yet can only be invitations; the others were taken up before this rule and stay as they are.
ALTER TABLE memberships ADD COLUMN by_invitation boolean NOT NULL DEFAULT false;
UPDATE memberships SET by_invitation = true
WHERE user_id IN (SELECT id FROM users WHERE password_hash IS NULL);

-- Single-use e-mail verification tokens, known only by their SHA-256.
CREATE TABLE email_verification_tokens (
    token_hash      text        NOT NULL,
    user_id         text        NOT NULL,
    email           text        NOT NULL,
    issued_at       timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz,
    CONSTRAINT email_verification_tokens_pkey PRIMARY KEY (token_hash),
    CONSTRAINT email_verification_tokens_user_fkey FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX email_verification_tokens_user_issued_idx ON email_verification_tokens (user_id, issued_at DESC);
