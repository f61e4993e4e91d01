-- Time a virtual clock has skipped (SQLite only runs one; the table keeps both stores alike).
CREATE TABLE clock (
    id integer PRIMARY KEY CHECK (id = 1),
    skipped_ms bigint NOT NULL
);
