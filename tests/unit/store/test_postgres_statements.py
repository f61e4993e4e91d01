"""How the PostgreSQL store writes its statements for the server (no server needed)."""

from lamina.store.postgresql_transaction import positional


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
