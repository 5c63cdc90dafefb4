-- An in-progress claim is a short lease held under a random token, and the outcome commits in the transaction of the
-- command's own writes, only while the token still holds the key. A claim taken before this migration has no token
-- and a 24-hour expiry: it ends within the lease instead, so that a key left in progress by a request that died
-- is free again.
ALTER TABLE idempotency_keys ADD COLUMN claim_token text;

UPDATE idempotency_keys
SET expires_at = LEAST(expires_at, now() + interval '10 seconds')
WHERE NOT completed;
