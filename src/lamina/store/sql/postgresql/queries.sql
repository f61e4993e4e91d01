-- Every query of the PostgreSQL store, by name. Columns of `executions` are listed once in code.
-- `*_locked` and `claim_*` variants run in write transactions: a write that reads an execution
-- locks its row first, so concurrent writers of one execution take turns (the SQLite store
-- gets this from its single writer); claims skip rows another process holds.

-- name: find_execution
SELECT * FROM executions WHERE function_name = %(function_name)s AND name = %(name)s;

-- name: find_execution_locked
SELECT * FROM executions WHERE function_name = %(function_name)s AND name = %(name)s
FOR UPDATE;

-- name: get_execution
SELECT * FROM executions WHERE arn = %(arn)s;

-- name: get_execution_locked
SELECT * FROM executions WHERE arn = %(arn)s FOR UPDATE;

-- name: get_payload
SELECT body FROM payloads WHERE arn = %(arn)s AND kind = %(kind)s;

-- name: put_payload
INSERT INTO payloads (arn, kind, body) VALUES (%(arn)s, %(kind)s, %(body)s)
ON CONFLICT (arn, kind) DO UPDATE SET body = excluded.body;

-- name: next_ready_execution
-- With its function's reserved concurrency (NULL: none, or the function is gone).
SELECT e.*, f.reserved_concurrency AS function_reserved
FROM executions e LEFT JOIN functions f ON f.name = e.function_name
WHERE e.gate = 'ready' AND e.ready_ms <= %(now)s AND e.status = 'RUNNING'
AND e.function_name <> ALL(%(skip)s)
ORDER BY e.ready_ms, e.start_ms, e.arn LIMIT 1;

-- name: claim_ready_execution
SELECT e.*, f.reserved_concurrency AS function_reserved
FROM executions e LEFT JOIN functions f ON f.name = e.function_name
WHERE e.gate = 'ready' AND e.ready_ms <= %(now)s AND e.status = 'RUNNING'
AND e.function_name <> ALL(%(skip)s)
ORDER BY e.ready_ms, e.start_ms, e.arn LIMIT 1
FOR UPDATE OF e SKIP LOCKED;

-- name: expired_leases
SELECT * FROM executions WHERE gate = 'running' AND lease_expires_ms < %(now)s
ORDER BY lease_expires_ms, arn LIMIT %(limit)s;

-- name: claim_expired_leases
SELECT * FROM executions WHERE gate = 'running' AND lease_expires_ms < %(now)s
ORDER BY lease_expires_ms, arn LIMIT %(limit)s
FOR UPDATE SKIP LOCKED;

-- name: count_executions
SELECT status, count(*) AS n FROM executions
WHERE kind = 'durable'
  AND (%(function_name)s::text IS NULL OR function_name = %(function_name)s::text)
GROUP BY status;

-- name: expired_executions
SELECT arn FROM executions WHERE expires_ms < %(now)s ORDER BY expires_ms, arn LIMIT %(limit)s;

-- name: claim_expired_executions
SELECT arn FROM executions WHERE expires_ms < %(now)s ORDER BY expires_ms, arn LIMIT %(limit)s
FOR UPDATE SKIP LOCKED;

-- name: delete_execution
DELETE FROM executions WHERE arn = %(arn)s;

-- name: delete_payloads
DELETE FROM payloads WHERE arn = %(arn)s;

-- name: delete_operations
DELETE FROM operations WHERE arn = %(arn)s;

-- name: delete_events
DELETE FROM events WHERE arn = %(arn)s;

-- name: delete_callbacks
DELETE FROM callbacks WHERE arn = %(arn)s;

-- name: delete_logs
DELETE FROM logs WHERE arn = %(arn)s;

-- name: get_operations
SELECT * FROM operations WHERE arn = %(arn)s AND op_id = ANY(%(op_ids)s);

-- name: all_operations
SELECT * FROM operations WHERE arn = %(arn)s ORDER BY seq;

-- name: operations_changed_since
SELECT * FROM operations WHERE arn = %(arn)s AND change_seq > %(change_seq)s ORDER BY seq;

-- name: save_operation
INSERT INTO operations (arn, op_id, seq, type, sub_type, name, parent_id, status, start_ms,
                        end_ms, details, change_seq, service_change)
VALUES (%(arn)s, %(op_id)s, %(seq)s, %(type)s, %(sub_type)s, %(name)s, %(parent_id)s,
        %(status)s, %(start_ms)s, %(end_ms)s, %(details)s, %(change_seq)s, %(service_change)s)
ON CONFLICT (arn, op_id) DO UPDATE SET
    status = excluded.status, start_ms = excluded.start_ms, end_ms = excluded.end_ms,
    details = excluded.details, change_seq = excluded.change_seq,
    service_change = excluded.service_change;

-- name: append_event
INSERT INTO events (arn, event_id, event_type, ts_ms, body)
VALUES (%(arn)s, %(event_id)s, %(event_type)s, %(ts_ms)s, %(body)s);

-- name: events_forward
SELECT * FROM events WHERE arn = %(arn)s AND event_id > %(after_id)s
ORDER BY event_id LIMIT %(limit)s;

-- name: events_backward
SELECT * FROM events WHERE arn = %(arn)s AND (%(after_id)s = 0 OR event_id < %(after_id)s)
ORDER BY event_id DESC LIMIT %(limit)s;

-- name: set_timer
INSERT INTO timers (arn, op_id, kind, due_ms) VALUES (%(arn)s, %(op_id)s, %(kind)s, %(due_ms)s)
ON CONFLICT (arn, op_id, kind) DO UPDATE SET due_ms = excluded.due_ms;

-- name: delete_timer
DELETE FROM timers WHERE arn = %(arn)s AND op_id = %(op_id)s AND kind = %(kind)s;

-- name: delete_timers
DELETE FROM timers WHERE arn = %(arn)s;

-- name: get_timer
SELECT * FROM timers WHERE arn = %(arn)s AND op_id = %(op_id)s AND kind = %(kind)s;

-- name: due_timers
SELECT * FROM timers WHERE due_ms <= %(now)s ORDER BY due_ms, arn, op_id, kind
LIMIT %(limit)s;

-- name: claim_due_timers
-- A timer is taken with its execution, execution row first (the order every checkpoint locks
-- in), so a timer firing never deadlocks with that execution's checkpoint; timers of an
-- execution that is gone are taken alone (firing deletes them).
SELECT t.* FROM timers t
WHERE t.due_ms <= %(now)s
  AND (EXISTS (SELECT 1 FROM executions e WHERE e.arn = t.arn FOR UPDATE SKIP LOCKED)
       OR NOT EXISTS (SELECT 1 FROM executions e WHERE e.arn = t.arn))
ORDER BY t.due_ms, t.arn, t.op_id, t.kind LIMIT %(limit)s
FOR UPDATE OF t SKIP LOCKED;

-- name: due_timers_of
SELECT * FROM timers WHERE arn = %(arn)s AND due_ms <= %(now)s AND kind = ANY(%(kinds)s)
ORDER BY due_ms;

-- name: view_check
-- Fails the transaction (LM001) unless the view holds: see 0005_checkpoint_view.sql.
SELECT lamina_expect_view(%(arn)s, %(change_seq)s, %(next_event_id)s, %(token)s, %(status)s,
                          %(gate)s, %(now)s, %(absent)s, %(kinds)s);

-- name: view_holds_where
-- Appended to a checkpoint's `UPDATE executions ... WHERE arn = ...` (0006_view_in_writes.sql):
-- the row is updated only if the view holds. The subqueries see the database as the statement
-- began; every write that adds an operation or a timer also moves the execution's change_seq,
-- which the UPDATE checks on the row as it is when it gets the row's lock.
 AND change_seq = %(view_change_seq)s AND next_event_id = %(view_next_event_id)s
 AND token = %(view_token)s AND status = %(view_status)s AND gate = %(view_gate)s
 AND (lease_expires_ms IS NULL OR lease_expires_ms >= %(view_now)s)
 AND NOT EXISTS (SELECT 1 FROM operations o
                 WHERE o.arn = executions.arn AND o.op_id = ANY(%(view_absent)s))
 AND NOT EXISTS (SELECT 1 FROM timers t
                 WHERE t.arn = executions.arn AND t.due_ms <= %(view_now)s
                   AND t.kind = ANY(%(view_kinds)s))
RETURNING true AS view_held

-- name: next_timer_due
SELECT min(due_ms) AS due FROM timers;

-- name: skipped_ms
SELECT skipped_ms FROM clock WHERE id = 1;

-- name: record_skipped_ms
INSERT INTO clock (id, skipped_ms) VALUES (1, %(skipped_ms)s)
ON CONFLICT (id) DO UPDATE SET skipped_ms = excluded.skipped_ms;

-- name: insert_callback
INSERT INTO callbacks (callback_id, arn, op_id) VALUES (%(callback_id)s, %(arn)s, %(op_id)s);

-- name: get_callback
SELECT arn, op_id FROM callbacks WHERE callback_id = %(callback_id)s;

-- name: put_function
INSERT INTO functions (name, config, reserved_concurrency)
VALUES (%(name)s, %(config)s, %(reserved)s)
ON CONFLICT (name) DO UPDATE
SET config = excluded.config, reserved_concurrency = excluded.reserved_concurrency;

-- name: lock_function
SELECT 1 AS locked FROM functions WHERE name = %(name)s FOR UPDATE SKIP LOCKED;

-- name: running_invocations
SELECT count(*) AS n FROM executions WHERE gate = 'running' AND function_name = %(name)s;

-- name: invocations_owed_or_running
SELECT 1 AS one WHERE EXISTS (SELECT 1 FROM executions WHERE gate = 'ready')
    OR EXISTS (SELECT 1 FROM executions WHERE gate = 'running');

-- name: get_function
SELECT * FROM functions WHERE name = %(name)s;

-- name: list_functions
SELECT * FROM functions ORDER BY name;

-- name: append_log
INSERT INTO logs (arn, ts_ms, request_id, line)
VALUES (%(arn)s, %(ts_ms)s, %(request_id)s, %(line)s);

-- name: logs_of
SELECT * FROM logs WHERE arn = %(arn)s ORDER BY seq;

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
SELECT function_name, status, count(*) AS n FROM executions
WHERE end_ms >= %(since)s AND kind = 'durable'
  AND status NOT IN ('RUNNING', 'PAUSING', 'PAUSED')
GROUP BY function_name, status;

-- name: execution_timings
SELECT arn, function_name, status, start_ms, end_ms FROM executions
WHERE start_ms >= %(since)s AND kind = 'durable'
UNION
SELECT arn, function_name, status, start_ms, end_ms FROM executions
WHERE end_ms >= %(since)s AND kind = 'durable'
ORDER BY start_ms DESC LIMIT %(limit)s;

-- name: waiting_callbacks
SELECT o.arn, e.function_name, e.name AS execution_name, o.op_id, o.name, o.parent_id,
       p.name AS parent_name, o.start_ms, o.details
FROM operations AS o
JOIN executions AS e ON e.arn = o.arn
LEFT JOIN operations AS p ON p.arn = o.arn AND p.op_id = o.parent_id
WHERE o.type = 'CALLBACK' AND o.status = 'STARTED'
  AND e.status IN ('RUNNING', 'PAUSING', 'PAUSED')
  AND (%(prefix)s::text IS NULL
       OR lower(left(o.name, length(%(prefix)s::text))) = lower(%(prefix)s::text)
       OR lower(left(p.name, length(%(prefix)s::text))) = lower(%(prefix)s::text))
ORDER BY o.start_ms, o.arn, o.op_id
LIMIT %(limit)s;

-- name: count_waiting_callbacks
SELECT count(*) AS n
FROM operations AS o
JOIN executions AS e ON e.arn = o.arn
LEFT JOIN operations AS p ON p.arn = o.arn AND p.op_id = o.parent_id
WHERE o.type = 'CALLBACK' AND o.status = 'STARTED'
  AND e.status IN ('RUNNING', 'PAUSING', 'PAUSED')
  AND (%(prefix)s::text IS NULL
       OR lower(left(o.name, length(%(prefix)s::text))) = lower(%(prefix)s::text)
       OR lower(left(p.name, length(%(prefix)s::text))) = lower(%(prefix)s::text));

-- name: due_timer_counts
SELECT kind, count(*) AS due, count(*) FILTER (WHERE due_ms < %(late_before)s) AS late,
       min(due_ms) AS oldest
FROM timers WHERE due_ms <= %(now)s GROUP BY kind;

-- name: delete_function
DELETE FROM functions WHERE name = %(name)s;

-- name: next_version_number
UPDATE functions SET last_version = last_version + 1 WHERE name = %(name)s
RETURNING last_version;

-- name: put_version
INSERT INTO function_versions (name, version, config, created_ms)
VALUES (%(name)s, %(version)s, %(config)s, %(created_ms)s);

-- name: get_version
SELECT * FROM function_versions WHERE name = %(name)s AND version = %(version)s;

-- name: list_versions
SELECT * FROM function_versions WHERE name = %(name)s ORDER BY version;

-- name: delete_version
DELETE FROM function_versions WHERE name = %(name)s AND version = %(version)s;

-- name: delete_versions_of
DELETE FROM function_versions WHERE name = %(name)s;

-- name: put_alias
INSERT INTO function_aliases (name, alias, config) VALUES (%(name)s, %(alias)s, %(config)s)
ON CONFLICT (name, alias) DO UPDATE SET config = excluded.config;

-- name: get_alias
SELECT * FROM function_aliases WHERE name = %(name)s AND alias = %(alias)s;

-- name: list_aliases
SELECT * FROM function_aliases WHERE name = %(name)s ORDER BY alias;

-- name: delete_alias
DELETE FROM function_aliases WHERE name = %(name)s AND alias = %(alias)s;

-- name: delete_aliases_of
DELETE FROM function_aliases WHERE name = %(name)s;

-- name: put_package
INSERT INTO code_packages (sha256, size, content) VALUES (%(sha256)s, %(size)s, %(content)s)
ON CONFLICT (sha256) DO NOTHING;

-- name: get_package
SELECT content FROM code_packages WHERE sha256 = %(sha256)s;

-- name: open_executions_of_version
SELECT arn FROM executions
WHERE function_name = %(name)s AND version = %(version)s
  AND status IN ('RUNNING', 'PAUSING', 'PAUSED')
ORDER BY start_ms LIMIT %(limit)s;
