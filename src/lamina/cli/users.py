"""`lamina users`: console logins."""

from __future__ import annotations

import click

from lamina.console.accounts import hash_password


@click.group()
def users() -> None:
    """Console logins (the users file)."""


@users.command("hash-password")
@click.password_option(
    "--password", prompt="Password", help="Read from a prompt (with confirmation) if not given."
)
def hash_password_command(password: str) -> None:
    """Print a scrypt hash of a password, for the `password` of a user in the users file."""
    if len(password) < 8:
        raise click.BadParameter("use at least 8 characters", param_hint="--password")
    click.echo(hash_password(password))
