"""How the PostgreSQL store writes its statements for the server (no server needed)."""

from lamina.store.postgresql_transaction import (
    WAKE_CHANNEL,
    _plain_read,
    as_transaction,
    positional,
)


def test_named_parameters_become_numbered_in_order_of_first_use() -> None:
    sql = "UPDATE t SET a = %(a)s, b = %(b)s WHERE arn = %(arn)s AND a <> %(a)s"
    text, names = positional(sql)
    assert text == "UPDATE t SET a = $1, b = $2 WHERE arn = $3 AND a <> $1"
    assert names == ("a", "b", "arn")


def test_a_literal_percent_sign_is_unescaped_as_psycopg_would() -> None:
    text, names = positional("SELECT 'x%%' LIKE %(p)s")
    assert (text, names) == ("SELECT 'x%' LIKE $1", ("p",))


def test_a_statement_without_parameters_is_unchanged() -> None:
    assert positional("COMMIT") == ("COMMIT", ())


def test_writes_of_different_tables_make_one_statement_that_sends_the_news() -> None:
    sql, params = as_transaction(
        [("INSERT INTO a (x) VALUES (%(x)s)", {"x": 1}),
         ("UPDATE b SET y = %(y)s WHERE arn = %(arn)s", {"y": 2, "arn": "r"})],
        "work",
    ) or ("", {})
    assert sql == (
        "WITH w0 AS (INSERT INTO a (x) VALUES ($1)), w1 AS (UPDATE b SET y = $2 WHERE arn = $3)"
        " SELECT 1, pg_notify($4, $5)"
    )
    assert params == [1, 2, "r", WAKE_CHANNEL, "work"]
    quiet, _ = as_transaction([("DELETE FROM a WHERE x = %(x)s", {"x": 1})], "") or ("", {})
    assert quiet.startswith("WITH w0 AS (DELETE") and "pg_notify" not in quiet


def test_writes_that_need_more_than_one_statement_are_not_one_transaction() -> None:
    twice = [("UPDATE a SET x = 1 WHERE k = %(k)s", {"k": 1}),
             ("UPDATE a SET x = 2 WHERE k = %(k)s", {"k": 2})]
    assert as_transaction(twice, "") is None
    assert as_transaction([("SELECT 1", {})], "") is None
    assert as_transaction([], "") is None


def test_only_reads_that_lock_nothing_go_without_a_transaction() -> None:
    assert _plain_read("SELECT * FROM functions WHERE name = %(name)s")
    assert not _plain_read("SELECT * FROM executions WHERE arn = %(arn)s FOR UPDATE")
    assert not _plain_read("SELECT * FROM timers FOR NO KEY UPDATE SKIP LOCKED")
    assert not _plain_read("SELECT lamina_expect_view(%(arn)s)")
    assert not _plain_read("SELECT pg_try_advisory_xact_lock(%(key)s)")
    assert not _plain_read("UPDATE executions SET x = 1 RETURNING *")
