"""Who may log in to the console: users with scrypt password hashes, or the API's access keys.

A users file (YAML):

    users:
      - name: ada
        password: scrypt$16384$8$1$<salt, base64>$<hash, base64>   # `lamina users hash-password`

Without a users file, the access keys of the keys file log in (key id and secret), except
keys limited to some functions: the console shows every function.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

import yaml

from lamina.errors import InvalidParameterValue

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_KEY_BYTES = 32
# Checked against when the name is unknown, so a wrong name costs the same time as a wrong password.
_DUMMY_HASH = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    encoded = [base64.b64encode(part).decode() for part in (salt, digest)]
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encoded[0]}${encoded[1]}"


def check_password(stored: str, password: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, expected = base64.b64decode(parts[4]), base64.b64decode(parts[5])
    except ValueError:
        return False
    return hmac.compare_digest(_scrypt(password, salt, n, r, p), expected)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES, maxmem=64 * 1024 * 1024
    )


@dataclass(frozen=True)
class Accounts:
    users: dict[str, str]  # name -> scrypt hash
    keys: dict[str, str]  # access key id -> secret

    def verify(self, name: str, password: str) -> bool:
        if name in self.keys:
            return hmac.compare_digest(self.keys[name].encode(), password.encode())
        known = name in self.users
        matches = check_password(self.users.get(name, _DUMMY_HASH), password)
        return known and matches

    def knows(self, name: str) -> bool:
        return name in self.users or name in self.keys

    @property
    def empty(self) -> bool:
        return not self.users and not self.keys

    @classmethod
    def load(cls, users_file: Path | None, keys_file: Path | None) -> Accounts | None:
        """The console's logins; None when nothing is configured (then nobody logs in)."""
        if users_file is not None:
            return cls(load_users(users_file), {})
        if keys_file is not None:
            return cls({}, load_key_logins(keys_file))
        return None


def _read_yaml(path: Path, what: str) -> object:
    try:
        return yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as error:
        raise InvalidParameterValue(f"Cannot read the {what} {path}: {error}") from None


def load_users(path: Path) -> dict[str, str]:
    document = _read_yaml(path, "users file")
    entries = document.get("users") if isinstance(document, dict) else None
    if not isinstance(entries, list) or not entries:
        raise InvalidParameterValue(f"{path}: expected a non-empty 'users' list")
    users: dict[str, str] = {}
    for index, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("password"):
            raise InvalidParameterValue(f"{path}: user {index} needs a name and a password hash")
        if not str(entry["password"]).startswith("scrypt$"):
            raise InvalidParameterValue(
                f"{path}: the password of user {entry['name']!r} is not a scrypt hash "
                "(make one with `lamina users hash-password`)"
            )
        users[str(entry["name"])] = str(entry["password"])
    return users


def load_key_logins(path: Path) -> dict[str, str]:
    """Access keys allowed every function, as logins (key id, secret)."""
    document = _read_yaml(path, "keys file")
    entries = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise InvalidParameterValue(f"{path}: expected a 'keys' list")
    return {
        str(entry["id"]): str(entry["secret"])
        for entry in entries
        if isinstance(entry, dict)
        and entry.get("id")
        and entry.get("secret")
        and entry.get("functions") is None
    }
