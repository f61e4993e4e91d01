"""Form posts (application/x-www-form-urlencoded) and query values, read with clear limits."""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import Request

from lamina.errors import InvalidParameterValue


async def form_of(request: Request) -> dict[str, str]:
    """The posted fields (the first value of each); the guard has already checked CSRF."""
    body = await request.body()
    try:
        values = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=100)
    except (UnicodeDecodeError, ValueError):
        raise InvalidParameterValue("The form is not valid UTF-8 form data.") from None
    return {key: items[0] for key, items in values.items()}


def text_field(
    form: dict[str, str], name: str, max_chars: int, required: bool = True, label: str = ""
) -> str:
    value = form.get(name, "").strip()
    what = label or name
    if required and not value:
        raise InvalidParameterValue(f"{what} is required.")
    if len(value) > max_chars:
        raise InvalidParameterValue(f"{what} must be at most {max_chars} characters.")
    return value


def safe_next(target: str | None, default: str = "/") -> str:
    """A path inside the console to go back to: never another site (//host, /\\host, URLs)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    return target
