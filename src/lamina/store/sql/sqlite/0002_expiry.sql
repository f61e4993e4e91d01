-- When a finished execution may be purged: kept on the row so the purge uses an index.

ALTER TABLE executions ADD COLUMN expires_ms INTEGER;
UPDATE executions SET expires_ms = end_ms + retention_days * 86400000 WHERE end_ms IS NOT NULL;
CREATE INDEX executions_expiry ON executions (expires_ms) WHERE expires_ms IS NOT NULL;
