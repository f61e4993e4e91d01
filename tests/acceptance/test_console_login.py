"""The console beyond loopback: a login (users file or access keys), sessions and CSRF."""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from console_functions.driver import ARTIFACTS, Browserless, Server, lamina_server
from playwright.sync_api import expect, sync_playwright

from lamina.console.accounts import hash_password

PASSWORD = "correct horse battery"
KEYS = """
keys:
  - id: AKIDCONSOLE
    secret: console-secret
  - id: AKIDLIMITED
    secret: limited-secret
    functions: [just-waits]
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("console-login")
    users = folder / "users.yaml"
    users.write_text(f"users:\n  - name: ada\n    password: '{hash_password(PASSWORD)}'\n")
    keys = folder / "keys.yaml"
    keys.write_text(KEYS)
    options = ["--host", "0.0.0.0", "--keys-file", str(keys), "--users-file", str(users)]
    with lamina_server(folder, *options) as running:
        yield running


def logged_in(server: Server) -> tuple[Browserless, str]:
    """A visitor who logged in as ada, and the CSRF token it had before."""
    visitor = Browserless(server.url)
    token = visitor.csrf("/console/login")
    form = {"csrf_token": token, "name": "ada", "password": PASSWORD, "next": "/inbox"}
    reply = visitor.request("POST", "/console/login", form)
    assert reply.status == 303, reply.body
    assert reply.headers["location"] == "/console/inbox"
    return visitor, token


def test_no_session_goes_to_the_login_page(server: Server) -> None:
    visitor = Browserless(server.url)
    reply = visitor.request("GET", "/console/functions?x=1")
    assert reply.status == 303
    assert reply.headers["location"] == "/console/login?next=%2Ffunctions%3Fx%3D1"
    assert "AKIDCONSOLE" not in visitor.request("GET", "/console/functions").body
    # POSTs without a session are turned away before any page code runs.
    assert visitor.request("POST", "/console/execution/stop", {"arn": "x"}).status == 303


def test_login_in_the_browser(server: Server) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(f"{server.url}/console/inbox")
        expect(page).to_have_url(f"{server.url}/console/login?next=%2Finbox")
        page.get_by_label("Name or access key id").fill("ada")
        page.get_by_label("Password or secret key").fill("wrong password")
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("alert")).to_have_text("Wrong name or password.")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "login.png"), full_page=True)
        page.get_by_label("Password or secret key").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page).to_have_url(f"{server.url}/console/inbox")
        expect(page.get_by_text("Signed in as ada")).to_be_visible()
        page.get_by_role("button", name="Sign out").click()
        expect(page).to_have_url(f"{server.url}/console/login")
        page.goto(f"{server.url}/console/")
        expect(page.get_by_role("button", name="Sign in")).to_be_visible()
        browser.close()


def test_wrong_logins_are_refused(server: Server) -> None:
    visitor = Browserless(server.url)
    token = visitor.csrf("/console/login")
    attempts = [("ada", "nope"), ("nobody", PASSWORD), ("AKIDLIMITED", "limited-secret")]
    for name, password in attempts:
        form = {"csrf_token": token, "name": name, "password": password}
        assert visitor.request("POST", "/console/login", form).status == 401
    assert visitor.request("GET", "/console/").status == 303
    # Without the users file's names, an access key is no login: only one user file is used.
    form = {"csrf_token": token, "name": "AKIDCONSOLE", "password": "console-secret"}
    assert visitor.request("POST", "/console/login", form).status == 401
    no_token = {"name": "ada", "password": PASSWORD}
    assert visitor.request("POST", "/console/login", no_token).status == 403


def test_a_session_needs_its_csrf_token(server: Server) -> None:
    arn = server.invoke("just-waits", {"seconds": 3600})
    visitor, before_login = logged_in(server)
    assert visitor.request("GET", "/console/").status == 200
    form = {"arn": arn}
    assert visitor.request("POST", "/console/execution/stop", form).status == 403
    form["csrf_token"] = "f" * 64
    assert visitor.request("POST", "/console/execution/stop", form).status == 403
    # The token seen before login is worthless after it (a new session at login).
    form["csrf_token"] = before_login
    assert visitor.request("POST", "/console/execution/stop", form).status == 403
    form["csrf_token"] = visitor.csrf()
    assert visitor.request("POST", "/console/execution/stop", form).status == 303
    assert server.describe(arn)["Status"] == "STOPPED"


def test_a_forged_cookie_is_no_session(server: Server) -> None:
    visitor, _ = logged_in(server)
    cookie = next(c for c in visitor.cookies if c.name == "lamina_session")
    payload, signature = cookie.value.rsplit(".", 1)
    body = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).replace(b"ada", b"eve")
    cookie.value = base64.urlsafe_b64encode(body).decode().rstrip("=") + "." + signature
    assert visitor.request("GET", "/console/").status == 303


def test_metrics_need_basic_auth(server: Server, tmp_path: Path) -> None:
    url = f"{server.url}/metrics"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url, timeout=10)
    refused.value.close()
    assert refused.value.code == 401
    request = urllib.request.Request(url)
    credentials = base64.b64encode(f"ada:{PASSWORD}".encode()).decode()
    request.add_header("Authorization", f"Basic {credentials}")
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert b"lamina_executions_started_total" in answer.read()
