-- Published versions of a function: each one's configuration, frozen when published, and the
-- code it runs (a package in code_packages, by its sha256). Numbers are never reused.
CREATE TABLE function_versions (
    name text NOT NULL,
    version integer NOT NULL,
    config text NOT NULL,
    created_ms bigint NOT NULL,
    PRIMARY KEY (name, version)
);

-- The highest version number a function ever had, deleted ones included.
ALTER TABLE functions ADD COLUMN last_version integer NOT NULL DEFAULT 0;

-- Aliases name a version (and, for a canary, a second one with its share of invocations).
CREATE TABLE function_aliases (
    name text NOT NULL,
    alias text NOT NULL,
    config text NOT NULL,
    PRIMARY KEY (name, alias)
);

-- Deployment packages (zip files), content-addressed: every worker can fetch the code of
-- any version from the database and unpack it into its own cache.
CREATE TABLE code_packages (
    sha256 text PRIMARY KEY,
    size bigint NOT NULL,
    content bytea NOT NULL
);

CREATE INDEX executions_open_by_version ON executions (function_name, version)
WHERE status IN ('RUNNING', 'PAUSING', 'PAUSED');
