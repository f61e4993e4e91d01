-- Every query of the SQLite store, by name. Columns of `executions` are listed once in code.

-- name: find_execution
SELECT * FROM executions WHERE function_name = :function_name AND name = :name;

-- name: get_execution
SELECT * FROM executions WHERE arn = :arn;

-- name: get_payload
SELECT body FROM payloads WHERE arn = :arn AND kind = :kind;

-- name: put_payload
INSERT INTO payloads (arn, kind, body) VALUES (:arn, :kind, :body)
ON CONFLICT (arn, kind) DO UPDATE SET body = excluded.body;

-- name: next_ready_execution
-- With its function's reserved concurrency (NULL: none, or the function is gone). The unary
-- + keeps SQLite off `executions_by_status` (every running execution, suspended ones too)
-- when it has no statistics: the partial index `executions_ready` holds only ready ones.
SELECT e.*, f.reserved_concurrency AS function_reserved
FROM executions e LEFT JOIN functions f ON f.name = e.function_name
WHERE e.gate = 'ready' AND e.ready_ms <= :now AND +e.status = 'RUNNING'
AND e.function_name NOT IN (SELECT value FROM json_each(:skip))
ORDER BY e.ready_ms LIMIT 1;

-- name: expired_leases
SELECT * FROM executions WHERE gate = 'running' AND lease_expires_ms < :now
ORDER BY lease_expires_ms LIMIT :limit;

-- name: count_executions
SELECT status, count(*) AS n FROM executions
WHERE kind = 'durable' AND (:function_name IS NULL OR function_name = :function_name)
GROUP BY status;

-- name: expired_executions
SELECT arn FROM executions WHERE expires_ms < :now ORDER BY expires_ms LIMIT :limit;

-- name: delete_execution
DELETE FROM executions WHERE arn = :arn;

-- name: delete_payloads
DELETE FROM payloads WHERE arn = :arn;

-- name: delete_operations
DELETE FROM operations WHERE arn = :arn;

-- name: delete_events
DELETE FROM events WHERE arn = :arn;

-- name: delete_callbacks
DELETE FROM callbacks WHERE arn = :arn;

-- name: delete_logs
DELETE FROM logs WHERE arn = :arn;

-- name: all_operations
SELECT * FROM operations WHERE arn = :arn ORDER BY seq;

-- name: operations_changed_since
SELECT * FROM operations WHERE arn = :arn AND change_seq > :change_seq ORDER BY seq;

-- name: save_operation
INSERT INTO operations (arn, op_id, seq, type, sub_type, name, parent_id, status, start_ms,
                        end_ms, details, change_seq, service_change)
VALUES (:arn, :op_id, :seq, :type, :sub_type, :name, :parent_id, :status, :start_ms,
        :end_ms, :details, :change_seq, :service_change)
ON CONFLICT (arn, op_id) DO UPDATE SET
    status = excluded.status, start_ms = excluded.start_ms, end_ms = excluded.end_ms,
    details = excluded.details, change_seq = excluded.change_seq,
    service_change = excluded.service_change;

-- name: append_event
INSERT INTO events (arn, event_id, event_type, ts_ms, body)
VALUES (:arn, :event_id, :event_type, :ts_ms, :body);

-- name: events_forward
SELECT * FROM events WHERE arn = :arn AND event_id > :after_id ORDER BY event_id LIMIT :limit;

-- name: events_backward
SELECT * FROM events WHERE arn = :arn AND (:after_id = 0 OR event_id < :after_id)
ORDER BY event_id DESC LIMIT :limit;

-- name: set_timer
INSERT INTO timers (arn, op_id, kind, due_ms) VALUES (:arn, :op_id, :kind, :due_ms)
ON CONFLICT (arn, op_id, kind) DO UPDATE SET due_ms = excluded.due_ms;

-- name: delete_timer
DELETE FROM timers WHERE arn = :arn AND op_id = :op_id AND kind = :kind;

-- name: delete_timers
DELETE FROM timers WHERE arn = :arn;

-- name: get_timer
SELECT * FROM timers WHERE arn = :arn AND op_id = :op_id AND kind = :kind;

-- name: due_timers
SELECT * FROM timers WHERE due_ms <= :now ORDER BY due_ms LIMIT :limit;

-- name: get_operations
SELECT * FROM operations WHERE arn = :arn AND op_id IN (SELECT value FROM json_each(:op_ids));

-- name: due_timers_of
SELECT * FROM timers WHERE arn = :arn AND due_ms <= :now
AND kind IN (SELECT value FROM json_each(:kinds)) ORDER BY due_ms;

-- name: view_holds_where
-- Appended to a checkpoint's `UPDATE executions ... WHERE arn = ...`, sent before its other
-- writes: the row is updated only if the view holds (the store reads the count of rows).
 AND change_seq = :view_change_seq AND next_event_id = :view_next_event_id
 AND token = :view_token AND status = :view_status AND gate = :view_gate
 AND (lease_expires_ms IS NULL OR lease_expires_ms >= :view_now)
 AND NOT EXISTS (SELECT 1 FROM operations o
                 WHERE o.arn = executions.arn
                   AND o.op_id IN (SELECT value FROM json_each(:view_absent)))
 AND NOT EXISTS (SELECT 1 FROM timers t
                 WHERE t.arn = executions.arn AND t.due_ms <= :view_now
                   AND t.kind IN (SELECT value FROM json_each(:view_kinds)))

-- name: view_check
-- What PostgreSQL's lamina_expect_view checks, as an answer.
SELECT EXISTS (SELECT 1 FROM executions
               WHERE arn = :arn AND change_seq = :change_seq AND next_event_id = :next_event_id
                 AND token = :token AND status = :status AND gate = :gate
                 AND (lease_expires_ms IS NULL OR lease_expires_ms >= :now))
   AND NOT EXISTS (SELECT 1 FROM operations
                   WHERE arn = :arn AND op_id IN (SELECT value FROM json_each(:absent)))
   AND NOT EXISTS (SELECT 1 FROM timers WHERE arn = :arn AND due_ms <= :now
                   AND kind IN (SELECT value FROM json_each(:kinds))) AS holds;

-- name: next_timer_due
SELECT min(due_ms) AS due FROM timers;

-- name: skipped_ms
SELECT skipped_ms FROM clock WHERE id = 1;

-- name: record_skipped_ms
INSERT INTO clock (id, skipped_ms) VALUES (1, :skipped_ms)
ON CONFLICT (id) DO UPDATE SET skipped_ms = excluded.skipped_ms;

-- name: insert_callback
INSERT INTO callbacks (callback_id, arn, op_id) VALUES (:callback_id, :arn, :op_id);

-- name: get_callback
SELECT arn, op_id FROM callbacks WHERE callback_id = :callback_id;

-- name: put_function
INSERT INTO functions (name, config, reserved_concurrency)
VALUES (:name, :config, :reserved)
ON CONFLICT (name) DO UPDATE
SET config = excluded.config, reserved_concurrency = excluded.reserved_concurrency;

-- name: running_invocations
SELECT count(*) AS n FROM executions WHERE gate = 'running' AND function_name = :name;

-- name: invocations_owed_or_running
SELECT 1 AS one WHERE EXISTS (SELECT 1 FROM executions WHERE gate = 'ready')
    OR EXISTS (SELECT 1 FROM executions WHERE gate = 'running');

-- name: get_function
SELECT * FROM functions WHERE name = :name;

-- name: list_functions
SELECT * FROM functions ORDER BY name;

-- name: append_log
INSERT INTO logs (arn, ts_ms, request_id, line) VALUES (:arn, :ts_ms, :request_id, :line);

-- name: logs_of
SELECT * FROM logs WHERE arn = :arn ORDER BY seq;

-- The console and the metrics: read-only summaries.

-- name: open_execution_counts
SELECT function_name, status, gate, count(*) AS n FROM executions
WHERE status IN ('RUNNING', 'PAUSING', 'PAUSED') AND kind = 'durable'
GROUP BY function_name, status, gate;

-- name: finished_execution_counts
SELECT function_name, status, count(*) AS n FROM executions
WHERE kind = 'durable' AND status NOT IN ('RUNNING', 'PAUSING', 'PAUSED')
GROUP BY function_name, status;

-- name: finished_execution_counts_since
-- The planner would rather scan a grouping index over every row; few rows ended recently.
SELECT function_name, status, count(*) AS n FROM executions INDEXED BY executions_ended
WHERE end_ms >= :since AND kind = 'durable' AND status NOT IN ('RUNNING', 'PAUSING', 'PAUSED')
GROUP BY function_name, status;

-- name: execution_timings
SELECT arn, function_name, status, start_ms, end_ms FROM executions
WHERE start_ms >= :since AND kind = 'durable'
UNION
SELECT arn, function_name, status, start_ms, end_ms FROM executions
WHERE end_ms >= :since AND kind = 'durable'
ORDER BY start_ms DESC LIMIT :limit;

-- name: waiting_callbacks
SELECT o.arn, e.function_name, e.name AS execution_name, o.op_id, o.name, o.parent_id,
       p.name AS parent_name, o.start_ms, o.details
FROM operations AS o
JOIN executions AS e ON e.arn = o.arn
LEFT JOIN operations AS p ON p.arn = o.arn AND p.op_id = o.parent_id
WHERE o.type = 'CALLBACK' AND o.status = 'STARTED'
  AND e.status IN ('RUNNING', 'PAUSING', 'PAUSED')
  AND (:prefix IS NULL
       OR lower(substr(o.name, 1, length(:prefix))) = lower(:prefix)
       OR lower(substr(p.name, 1, length(:prefix))) = lower(:prefix))
ORDER BY o.start_ms, o.arn, o.op_id
LIMIT :limit;

-- name: count_waiting_callbacks
SELECT count(*) AS n
FROM operations AS o
JOIN executions AS e ON e.arn = o.arn
LEFT JOIN operations AS p ON p.arn = o.arn AND p.op_id = o.parent_id
WHERE o.type = 'CALLBACK' AND o.status = 'STARTED'
  AND e.status IN ('RUNNING', 'PAUSING', 'PAUSED')
  AND (:prefix IS NULL
       OR lower(substr(o.name, 1, length(:prefix))) = lower(:prefix)
       OR lower(substr(p.name, 1, length(:prefix))) = lower(:prefix));

-- name: due_timer_counts
SELECT kind, count(*) AS due, sum(due_ms < :late_before) AS late, min(due_ms) AS oldest
FROM timers WHERE due_ms <= :now GROUP BY kind;

-- name: delete_function
DELETE FROM functions WHERE name = :name;

-- name: next_version_number
UPDATE functions SET last_version = last_version + 1 WHERE name = :name RETURNING last_version;

-- name: put_version
INSERT INTO function_versions (name, version, config, created_ms)
VALUES (:name, :version, :config, :created_ms);

-- name: get_version
SELECT * FROM function_versions WHERE name = :name AND version = :version;

-- name: list_versions
SELECT * FROM function_versions WHERE name = :name ORDER BY version;

-- name: delete_version
DELETE FROM function_versions WHERE name = :name AND version = :version;

-- name: delete_versions_of
DELETE FROM function_versions WHERE name = :name;

-- name: put_alias
INSERT INTO function_aliases (name, alias, config) VALUES (:name, :alias, :config)
ON CONFLICT (name, alias) DO UPDATE SET config = excluded.config;

-- name: get_alias
SELECT * FROM function_aliases WHERE name = :name AND alias = :alias;

-- name: list_aliases
SELECT * FROM function_aliases WHERE name = :name ORDER BY alias;

-- name: delete_alias
DELETE FROM function_aliases WHERE name = :name AND alias = :alias;

-- name: delete_aliases_of
DELETE FROM function_aliases WHERE name = :name;

-- name: put_package
INSERT INTO code_packages (sha256, size, content) VALUES (:sha256, :size, :content)
ON CONFLICT (sha256) DO NOTHING;

-- name: get_package
SELECT content FROM code_packages WHERE sha256 = :sha256;

-- name: open_executions_of_version
SELECT arn FROM executions
WHERE function_name = :name AND version = :version AND status IN ('RUNNING', 'PAUSING', 'PAUSED')
ORDER BY start_ms LIMIT :limit;
