-- SFTP partners: the protocol joins the ones a partner may have.
ALTER TABLE partners DROP CONSTRAINT partners_protocol_check;
ALTER TABLE partners ADD CONSTRAINT partners_protocol_check CHECK (protocol IN ('HTTP', 'S3', 'SFTP', 'FILE'));
