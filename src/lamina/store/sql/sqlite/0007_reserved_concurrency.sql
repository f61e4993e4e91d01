-- Reserved concurrency (Lambda's ReservedConcurrentExecutions): at most that many invocations
-- of a function at once, across every worker. Claims count a function's running invocations.
ALTER TABLE functions ADD COLUMN reserved_concurrency INTEGER;
CREATE INDEX executions_running_by_function ON executions (function_name) WHERE gate = 'running';
