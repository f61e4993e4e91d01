-- Lamina's journal on PostgreSQL: the SQLite schema of migrations 0001-0005, in this dialect.
-- Timestamps are bigint epoch milliseconds; JSON is kept as compact text, as written.

CREATE TABLE functions (
    name text PRIMARY KEY,
    config text NOT NULL
);

CREATE TABLE executions (
    arn text PRIMARY KEY,
    function_name text NOT NULL,
    version text NOT NULL,
    name text NOT NULL,
    execution_id text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    start_ms bigint NOT NULL,
    end_ms bigint,
    timeout_s bigint NOT NULL,
    retention_days integer NOT NULL,
    tenant_id text,
    parent_arn text,
    parent_op_id text,
    error text,
    gate text NOT NULL,
    ready_ms bigint NOT NULL DEFAULT 0,
    token text,
    token_seq bigint NOT NULL DEFAULT 0,
    invocation_id text,
    invocation_start_ms bigint,
    lease_owner text,
    lease_expires_ms bigint,
    change_seq bigint NOT NULL DEFAULT 0,
    input_seq bigint NOT NULL DEFAULT 0,
    delivered_seq bigint NOT NULL DEFAULT 0,
    next_event_id bigint NOT NULL DEFAULT 1,
    failures integer NOT NULL DEFAULT 0,
    empty_pendings integer NOT NULL DEFAULT 0,
    last_client_token text,
    last_in_token text,
    last_response text,
    expires_ms bigint,
    pause_requested_ms bigint,
    pause_reason text,
    pause_timeout boolean,
    timeout_remaining_ms bigint,
    control_client_token text
);
CREATE UNIQUE INDEX executions_by_name ON executions (function_name, name);
CREATE INDEX executions_by_start ON executions (start_ms, arn);
CREATE INDEX executions_by_function ON executions (function_name, start_ms);
CREATE INDEX executions_ready ON executions (ready_ms) WHERE gate = 'ready';
CREATE INDEX executions_running ON executions (lease_expires_ms) WHERE gate = 'running';
CREATE INDEX executions_ended ON executions (end_ms) WHERE end_ms IS NOT NULL;
CREATE INDEX executions_by_parent ON executions (parent_arn) WHERE parent_arn IS NOT NULL;
CREATE INDEX executions_expiry ON executions (expires_ms) WHERE expires_ms IS NOT NULL;

-- Payloads live apart from the hot execution row. bytea, not text: a payload may hold a NUL
-- character, which SQLite's TEXT keeps and PostgreSQL's text refuses.
CREATE TABLE payloads (
    arn text NOT NULL,
    kind text NOT NULL,
    body bytea NOT NULL,
    PRIMARY KEY (arn, kind)
);

CREATE TABLE operations (
    arn text NOT NULL,
    op_id text NOT NULL,
    seq bigint NOT NULL,
    type text NOT NULL,
    sub_type text,
    name text,
    parent_id text,
    status text NOT NULL,
    start_ms bigint,
    end_ms bigint,
    details text NOT NULL,
    change_seq bigint NOT NULL,
    service_change boolean NOT NULL,
    PRIMARY KEY (arn, op_id)
);

CREATE TABLE events (
    arn text NOT NULL,
    event_id bigint NOT NULL,
    event_type text NOT NULL,
    ts_ms bigint NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (arn, event_id)
);

CREATE TABLE timers (
    arn text NOT NULL,
    op_id text NOT NULL,
    kind text NOT NULL,
    due_ms bigint NOT NULL,
    PRIMARY KEY (arn, op_id, kind)
);
CREATE INDEX timers_by_due ON timers (due_ms);

CREATE TABLE callbacks (
    callback_id text PRIMARY KEY,
    arn text NOT NULL,
    op_id text NOT NULL
);
CREATE INDEX callbacks_by_arn ON callbacks (arn);

-- Log lines as bytea for the same reason as payloads: a handler may print a NUL.
CREATE TABLE logs (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    arn text NOT NULL,
    ts_ms bigint NOT NULL,
    request_id text NOT NULL,
    line bytea NOT NULL
);
CREATE INDEX logs_by_arn ON logs (arn, seq);

-- The console lists executions by status (with or without a function), newest first, and
-- counts them by status: these indexes answer both without reading the rows themselves.
CREATE INDEX executions_by_status ON executions (status, kind, start_ms, arn);
CREATE INDEX executions_by_function_status
ON executions (function_name, status, kind, start_ms, arn);

-- Callbacks still waiting, oldest first. Partial: only open callbacks are in it, so
-- checkpoints of every other operation do not pay for it.
CREATE INDEX operations_open_callbacks ON operations (start_ms)
WHERE type = 'CALLBACK' AND status = 'STARTED';
