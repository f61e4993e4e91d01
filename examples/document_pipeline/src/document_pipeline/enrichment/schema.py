"""The reference database's schema: numbered, forward-only migrations and the code that runs them.

Money is stored in minor units (cents) so totals compare exactly; names and numbers are also
stored as comparison keys (see `names`) so look-ups use an index, not a scan.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, """
CREATE TABLE vendors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    core_key TEXT NOT NULL,
    vat_key TEXT UNIQUE,
    vat_id TEXT,
    country TEXT NOT NULL
);
CREATE INDEX vendors_core_key ON vendors (core_key);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    core_key TEXT NOT NULL,
    email_domain TEXT UNIQUE,
    tier TEXT NOT NULL
);
CREATE INDEX customers_core_key ON customers (core_key);
CREATE TABLE purchase_orders (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL,
    number_key TEXT NOT NULL UNIQUE,
    vendor_id INTEGER NOT NULL REFERENCES vendors (id),
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'cancelled'))
);
CREATE TABLE contracts (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers (id),
    vendor_id INTEGER REFERENCES vendors (id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    CHECK ((customer_id IS NULL) <> (vendor_id IS NULL))
);
CREATE INDEX contracts_customer ON contracts (customer_id);
CREATE INDEX contracts_vendor ON contracts (vendor_id);
CREATE TABLE filed_invoices (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    vendor_id INTEGER REFERENCES vendors (id),
    vendor_key TEXT NOT NULL,
    vendor_name TEXT NOT NULL,
    invoice_number TEXT NOT NULL,
    number_key TEXT NOT NULL,
    total_minor INTEGER,
    currency TEXT,
    filed_at_ms INTEGER NOT NULL
);
CREATE INDEX filed_invoices_vendor_number ON filed_invoices (vendor_key, number_key);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    product TEXT NOT NULL,
    subject TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed'))
);
CREATE INDEX tickets_customer_status ON tickets (customer_id, status);
"""),
)


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.row_factory = sqlite3.Row
    # WAL: the agents read while the Action agent records a filed invoice.
    conn.execute("PRAGMA journal_mode=WAL")
    # Several agent processes share the file; a writer may hold the lock for a moment.
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the file lacks, in one transaction; returns the schema version."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        current = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        for number, script in MIGRATIONS:
            if number > current:
                for statement in (s.strip() for s in script.split(";")):
                    if statement:
                        conn.execute(statement)
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
                current = number
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(current)
