-- Published versions of a function: each one's configuration, frozen when published, and the
-- code it runs (a package in code_packages, by its sha256). Numbers are never reused.
CREATE TABLE function_versions (
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    config TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (name, version)
) WITHOUT ROWID;

-- The highest version number a function ever had, deleted ones included.
ALTER TABLE functions ADD COLUMN last_version INTEGER NOT NULL DEFAULT 0;

-- Aliases name a version (and, for a canary, a second one with its share of invocations).
CREATE TABLE function_aliases (
    name TEXT NOT NULL,
    alias TEXT NOT NULL,
    config TEXT NOT NULL,
    PRIMARY KEY (name, alias)
) WITHOUT ROWID;

-- Deployment packages (zip files), content-addressed: every worker can fetch the code of
-- any version from the database and unpack it into its own cache.
CREATE TABLE code_packages (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    content BLOB NOT NULL
);

CREATE INDEX executions_open_by_version ON executions (function_name, version)
WHERE status IN ('RUNNING', 'PAUSING', 'PAUSED');
