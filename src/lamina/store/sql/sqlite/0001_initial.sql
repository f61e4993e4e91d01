-- Lamina's journal on SQLite. Timestamps are integer epoch milliseconds.

CREATE TABLE functions (
    name TEXT PRIMARY KEY,
    config TEXT NOT NULL
);

CREATE TABLE executions (
    arn TEXT PRIMARY KEY,
    function_name TEXT NOT NULL,
    version TEXT NOT NULL,
    name TEXT NOT NULL,
    execution_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER,
    timeout_s INTEGER NOT NULL,
    retention_days INTEGER NOT NULL,
    tenant_id TEXT,
    parent_arn TEXT,
    parent_op_id TEXT,
    error TEXT,
    gate TEXT NOT NULL,
    ready_ms INTEGER NOT NULL DEFAULT 0,
    token TEXT,
    token_seq INTEGER NOT NULL DEFAULT 0,
    invocation_id TEXT,
    invocation_start_ms INTEGER,
    lease_owner TEXT,
    lease_expires_ms INTEGER,
    change_seq INTEGER NOT NULL DEFAULT 0,
    input_seq INTEGER NOT NULL DEFAULT 0,
    delivered_seq INTEGER NOT NULL DEFAULT 0,
    next_event_id INTEGER NOT NULL DEFAULT 1,
    failures INTEGER NOT NULL DEFAULT 0,
    empty_pendings INTEGER NOT NULL DEFAULT 0,
    last_client_token TEXT,
    last_in_token TEXT,
    last_response TEXT
);
CREATE UNIQUE INDEX executions_by_name ON executions (function_name, name);
CREATE INDEX executions_by_start ON executions (start_ms, arn);
CREATE INDEX executions_by_function ON executions (function_name, start_ms);
CREATE INDEX executions_ready ON executions (ready_ms) WHERE gate = 'ready';
CREATE INDEX executions_running ON executions (lease_expires_ms) WHERE gate = 'running';
CREATE INDEX executions_ended ON executions (end_ms) WHERE end_ms IS NOT NULL;
CREATE INDEX executions_by_parent ON executions (parent_arn) WHERE parent_arn IS NOT NULL;

-- Payloads live apart from the hot execution row: input and result are written once.
CREATE TABLE payloads (
    arn TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (arn, kind)
) WITHOUT ROWID;

CREATE TABLE operations (
    arn TEXT NOT NULL,
    op_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    sub_type TEXT,
    name TEXT,
    parent_id TEXT,
    status TEXT NOT NULL,
    start_ms INTEGER,
    end_ms INTEGER,
    details TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    service_change INTEGER NOT NULL,
    PRIMARY KEY (arn, op_id)
) WITHOUT ROWID;
CREATE INDEX operations_by_seq ON operations (arn, seq);
CREATE INDEX operations_by_change ON operations (arn, change_seq);

CREATE TABLE events (
    arn TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    ts_ms INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (arn, event_id)
) WITHOUT ROWID;

CREATE TABLE timers (
    arn TEXT NOT NULL,
    op_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    due_ms INTEGER NOT NULL,
    PRIMARY KEY (arn, op_id, kind)
) WITHOUT ROWID;
CREATE INDEX timers_by_due ON timers (due_ms);

CREATE TABLE callbacks (
    callback_id TEXT PRIMARY KEY,
    arn TEXT NOT NULL,
    op_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX callbacks_by_arn ON callbacks (arn);

CREATE TABLE logs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    arn TEXT NOT NULL,
    ts_ms INTEGER NOT NULL,
    request_id TEXT NOT NULL,
    line TEXT NOT NULL
);
CREATE INDEX logs_by_arn ON logs (arn, seq);
