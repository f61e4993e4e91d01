-- Pausing an execution: when it was asked, why, and how much execution time was left.

ALTER TABLE executions ADD COLUMN pause_requested_ms INTEGER;
ALTER TABLE executions ADD COLUMN pause_reason TEXT;
ALTER TABLE executions ADD COLUMN pause_timeout INTEGER;
ALTER TABLE executions ADD COLUMN timeout_remaining_ms INTEGER;
