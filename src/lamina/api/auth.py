"""SigV4: every request is signed with an access key Lamina knows (botocore does the math).

Keys come from a YAML file:

    keys:
      - id: AKIDEXAMPLE
        secret: wJalrXUtnFEMI/K7MDENG
        functions: [approval, hello-world]   # optional: the only functions this key may touch
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from lamina.errors import (
    AccessDenied,
    InvalidSignature,
    MissingAuthenticationToken,
    TemplateError,
    UnrecognizedClient,
)

MAX_CLOCK_SKEW_S = 300
_AUTHORIZATION = re.compile(
    r"^AWS4-HMAC-SHA256 Credential=(?P<key>[^/]+)/(?P<date>\d{8})/(?P<region>[^/]+)/"
    r"(?P<service>[^/]+)/aws4_request, ?SignedHeaders=(?P<headers>[^,]+), ?"
    r"Signature=(?P<signature>[0-9a-f]{64})$"
)


@dataclass(frozen=True)
class AccessKey:
    key_id: str
    secret: str
    functions: frozenset[str] | None = None  # None: every function

    def allow(self, function: str | None) -> None:
        if function is not None and self.functions is not None and function not in self.functions:
            raise AccessDenied(f"Access key {self.key_id} may not use function {function}.")


@dataclass(frozen=True)
class KeyRing:
    keys: dict[str, AccessKey]

    @classmethod
    def load(cls, path: Path) -> KeyRing:
        try:
            document = yaml.safe_load(path.read_text())
        except (OSError, yaml.YAMLError) as error:
            raise TemplateError(f"Cannot read the keys file {path}: {error}") from None
        entries = (document or {}).get("keys") if isinstance(document, dict) else None
        if not isinstance(entries, list) or not entries:
            raise TemplateError(f"{path}: expected a non-empty 'keys' list")
        keys = {}
        for entry in entries:
            if not isinstance(entry, dict) or not entry.get("id") or not entry.get("secret"):
                raise TemplateError(f"{path}: every key needs an id and a secret")
            functions = entry.get("functions")
            keys[str(entry["id"])] = AccessKey(
                str(entry["id"]),
                str(entry["secret"]),
                frozenset(map(str, functions)) if functions is not None else None,
            )
        return cls(keys)

    def with_new_key(self) -> tuple[KeyRing, AccessKey]:
        """A key minted for this process's own sandboxes (the HTTP data plane)."""
        key = AccessKey(f"LAMINA{secrets.token_hex(8).upper()}", secrets.token_urlsafe(30))
        return KeyRing({**self.keys, key.key_id: key}), key


def verify(
    keyring: KeyRing,
    method: str,
    raw_path: str,
    query_string: str,
    headers: dict[str, str],
    body: bytes,
    now: float | None = None,
) -> AccessKey:
    """The key that signed this request, or the error AWS returns."""
    authorization = headers.get("authorization")
    if not authorization:
        raise MissingAuthenticationToken("Missing Authentication Token")
    match = _AUTHORIZATION.match(authorization)
    if match is None:
        raise InvalidSignature("The Authorization header is not a SigV4 signature.")
    key = keyring.keys.get(match["key"])
    if key is None:
        raise UnrecognizedClient("The security token included in the request is invalid.")
    amz_date = headers.get("x-amz-date", "")
    try:
        signed_at = datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise InvalidSignature("X-Amz-Date is missing or malformed.") from None
    if abs((now if now is not None else time.time()) - signed_at) > MAX_CLOCK_SKEW_S:
        raise InvalidSignature(f"Signature expired: {amz_date} is more than 5 minutes away.")
    signed = match["headers"].split(";")
    request = AWSRequest(
        method=method,
        url=f"http://{headers.get('host', '')}{raw_path}"
        + (f"?{query_string}" if query_string else ""),
        data=body,
        headers={name: headers.get(name, "") for name in signed},
    )
    request.context["timestamp"] = amz_date
    signer = SigV4Auth(Credentials(key.key_id, key.secret), match["service"], match["region"])
    expected = signer.signature(
        signer.string_to_sign(request, signer.canonical_request(request)), request
    )
    if not secrets.compare_digest(expected, match["signature"]):
        raise InvalidSignature(
            "The request signature we calculated does not match the signature you provided."
        )
    return key
