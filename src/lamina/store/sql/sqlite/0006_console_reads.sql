-- The console lists executions by status (with or without a function), newest first, and
-- counts them by status: these indexes answer both without reading the rows themselves.
CREATE INDEX executions_by_status ON executions (status, kind, start_ms, arn);
CREATE INDEX executions_by_function_status
ON executions (function_name, status, kind, start_ms, arn);

-- Callbacks still waiting, oldest first. Partial: only open callbacks are in it, so
-- checkpoints of every other operation do not pay for it.
CREATE INDEX operations_open_callbacks ON operations (start_ms)
WHERE type = 'CALLBACK' AND status = 'STARTED';
