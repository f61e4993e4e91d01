-- Time a virtual clock (`--time-skip`) has skipped, kept so this database's clock never goes
-- back: history written on it stays in order across restarts, with or without time skipping.
CREATE TABLE clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    skipped_ms INTEGER NOT NULL
);
