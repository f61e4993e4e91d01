"""The web console in a real Chromium against a real `lamina run`: the review inbox, the
execution page and its actions, live updates, escaping, CSRF, and two reviewers at once."""

from __future__ import annotations

import json
import re
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from cli_driver import wait_until
from console_functions.driver import ARTIFACTS, Browserless, Server, lamina_server
from playwright.sync_api import Browser, Page, expect, sync_playwright

XSS_TEXT = "<script>alert('text')</script> total 12,400.00 EUR"
XSS_FILE = "<img src=x onerror=alert('file')>.pdf"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with lamina_server(tmp_path_factory.mktemp("console")) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    opened = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    # Content-Security-Policy violations and failed loads show up as console errors.
    opened.on("console", lambda message: message.type == "error" and errors.append(message.text))
    yield opened
    context.close()
    assert dialogs == [], f"a script ran in the console: {dialogs}"
    assert [e for e in errors if "409" not in e] == [], errors


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def review(server: Server, title: str, **extra: Any) -> str:
    payload = {"title": title, "file_name": XSS_FILE, "text": XSS_TEXT, **extra}
    arn = server.invoke("invoice-review", payload)
    wait_until(lambda: waiting_callback(server, arn), 30, "the review to wait")
    return arn


def waiting_callback(server: Server, arn: str) -> str | None:
    for event in server.cli.history(arn):
        if event["EventType"] == "CallbackStarted":
            return str(event["CallbackStartedDetails"]["CallbackId"])
    return None


def decision_of(server: Server, arn: str) -> dict[str, Any]:
    """What the reviewer sent: the handler returns the callback's result as it got it (text)."""
    answer: dict[str, Any] = json.loads(json.loads(server.describe(arn)["Result"])["decision"])
    return answer


def execution_url(server: Server, arn: str) -> str:
    return f"{server.url}/console/execution?arn={quote(arn, safe='')}"


def test_approve_in_the_inbox_then_watch_the_execution_succeed(server: Server, page: Page) -> None:
    arn = review(server, "Invoice 4711 <b>from ACME</b>", flaky="approve")
    page.goto(f"{server.url}/console/inbox")
    item = page.locator("article.review", has_text="Invoice 4711 <b>from ACME</b>")
    expect(item).to_be_visible()
    # The packet's text and file name show literally, as text, and nothing ran.
    expect(item.get_by_text(XSS_TEXT)).to_be_visible()
    expect(item.get_by_text(XSS_FILE)).to_be_visible()
    assert item.locator("b, img, script").count() == 0
    expect(item.get_by_text("total above 10,000 EUR")).to_be_visible()
    expect(item.get_by_text("classifier")).to_be_visible()
    shot(page, "inbox")
    item.get_by_label("Comment").fill("Matches PO-77 <ok>")
    item.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved: the execution continues")).to_be_visible()

    page.goto(execution_url(server, arn))
    expect(page.locator("#execution-status")).to_have_text("SUCCEEDED", timeout=20_000)
    assert decision_of(server, arn) == {
        "decision": "approve",
        "comment": "Matches PO-77 <ok>",
        "reviewer": "anonymous",
    }
    # The retried step: two attempts, drawn as two bars with the retry delay between them.
    row = page.locator("table.tree tr", has_text="check totals")
    expect(row.locator("td").nth(2)).to_have_text("2")
    assert row.locator("rect.bar-run").count() == 2
    callback_row = page.locator("table.tree tr", has_text="review invoice create callback id")
    expect(callback_row.locator("rect.bar-callback")).to_have_count(1)
    page.get_by_text(re.compile(r"^\d+ events: show$")).click()
    expect(page.locator("table.history")).to_contain_text("CallbackSucceeded")
    shot(page, "execution")


def test_reject_sends_the_decision_and_the_item_leaves_every_inbox(
    server: Server, browser: Browser, page: Page
) -> None:
    arn = review(server, "Invoice 9000 to reject")
    other = browser.new_context().new_page()
    other.goto(f"{server.url}/console/inbox")
    page.goto(f"{server.url}/console/inbox")
    mine = page.locator("article.review", has_text="Invoice 9000 to reject")
    theirs = other.locator("article.review", has_text="Invoice 9000 to reject")
    expect(theirs).to_be_visible()
    mine.get_by_label("Comment").fill("duplicate of 4711")
    mine.get_by_role("button", name="Reject").click()
    expect(page.get_by_text("Rejected: the execution continues")).to_be_visible()
    expect(theirs).to_have_count(0, timeout=10_000)  # gone from the other reviewer's page
    other.context.close()
    wait_until(lambda: server.describe(arn)["Status"] == "SUCCEEDED", 20, "the execution to end")
    decision = decision_of(server, arn)
    assert decision["decision"] == "reject" and decision["comment"] == "duplicate of 4711"


def test_stopping_an_execution_from_its_page(server: Server, page: Page) -> None:
    arn = server.invoke("just-waits", {"seconds": 3600})
    wait_until(lambda: any(e["EventType"] == "WaitStarted" for e in server.cli.history(arn)), 30)
    page.goto(execution_url(server, arn))
    expect(page.locator("#execution-status")).to_have_text("RUNNING")
    page.get_by_role("button", name="Stop execution").click()
    expect(page.get_by_text("The execution was stopped.")).to_be_visible()
    expect(page.locator("#execution-status")).to_have_text("STOPPED")
    assert server.describe(arn)["Status"] == "STOPPED"
    page.goto(f"{server.url}/console/?status=STOPPED")
    expect(page.locator("#executions-table tbody tr").first).to_contain_text("STOPPED")


def test_the_executions_table_updates_itself(server: Server, page: Page) -> None:
    page.goto(f"{server.url}/console/?function=just-waits")
    arn = server.invoke("just-waits", {"seconds": 3600})
    name = arn.split("/")[-2]
    expect(page.locator("#executions-table").get_by_text(name)).to_be_visible(timeout=10_000)
    page.get_by_label("Name contains, or an ARN").fill(name)
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("#executions-table tbody tr")).to_have_count(1)
    shot(page, "executions")
    page.goto(f"{server.url}/console/functions")
    row = page.locator("tr", has_text="invoice-review")
    expect(row).to_contain_text("REVIEW_QUEUE_TOKEN")
    expect(row).not_to_contain_text("not-shown-in-the-console")  # values stay hidden
    shot(page, "functions")
    page.goto(f"{server.url}/console/overview")
    expect(page.get_by_text("Executions started per minute")).to_be_visible()
    shot(page, "overview")


def test_two_reviewers_answer_at_once_one_wins(server: Server) -> None:
    arn = review(server, "Invoice raced by two reviewers")
    callback_id = waiting_callback(server, arn)
    assert callback_id
    reviewers = [Browserless(server.url), Browserless(server.url)]
    forms = [
        {"csrf_token": r.csrf("/console/inbox"), "callback_id": callback_id, "decision": d}
        for r, d in zip(reviewers, ("approve", "reject"), strict=True)
    ]
    start = threading.Barrier(2)
    replies: list[Any] = [None, None]

    def answer(index: int) -> None:
        start.wait()
        replies[index] = reviewers[index].request("POST", "/console/inbox/decide", forms[index])

    threads = [threading.Thread(target=answer, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.status for r in replies) == [200, 409]
    loser = next(r for r in replies if r.status == 409)
    assert "Already answered" in loser.body
    winner = replies.index(next(r for r in replies if r.status == 200))
    wait_until(lambda: server.describe(arn)["Status"] == "SUCCEEDED", 20, "the execution to end")
    assert decision_of(server, arn)["decision"] == forms[winner]["decision"]


def test_every_post_needs_the_session_csrf_token(server: Server) -> None:
    arn = server.invoke("just-waits", {"seconds": 3600})
    visitor = Browserless(server.url)
    token = visitor.csrf()
    assert visitor.request("POST", "/console/execution/stop", {"arn": arn}).status == 403
    wrong = {"arn": arn, "csrf_token": "0" * 64}
    assert visitor.request("POST", "/console/execution/stop", wrong).status == 403
    stranger = Browserless(server.url)  # a token is only good with its own session
    borrowed = {"arn": arn, "csrf_token": token}
    assert stranger.request("POST", "/console/execution/stop", borrowed).status == 403
    assert server.describe(arn)["Status"] == "RUNNING"
    ok = visitor.request("POST", "/console/execution/stop", {"arn": arn, "csrf_token": token})
    assert ok.status == 303
    assert server.describe(arn)["Status"] == "STOPPED"


def test_metrics_and_the_root(server: Server) -> None:
    review(server, "Invoice counted by the metrics")
    with urllib.request.urlopen(f"{server.url}/metrics", timeout=10) as answer:
        text = answer.read().decode()
    assert re.search(r'lamina_executions_started_total\{function="invoice-review"\} [1-9]', text)
    assert re.search(r"lamina_reviews_waiting [1-9]", text)
    assert re.search(r"lamina_callbacks_waiting [1-9]", text)
    assert re.search(r"lamina_checkpoint_latency_seconds_count [1-9]", text)
    assert re.search(r'lamina_invocations_total\{outcome="ok"\} [1-9]', text)
    assert "lamina_timer_lag_seconds" in text
    visitor = Browserless(server.url)
    root = visitor.request("GET", "/")
    assert root.status == 307 and root.headers["location"] == "/console/"
    page = visitor.request("GET", "/console/")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/console" in cookie
    # The Lambda API keeps its own paths and error shape.
    assert visitor.request("GET", "/2015-03-31/functions/nope").status == 404


def test_unknown_execution_page(server: Server, tmp_path: Path) -> None:
    reply = Browserless(server.url).request("GET", "/console/execution?arn=arn:nothing")
    assert reply.status == 404 and "Durable execution not found" in reply.body


def test_an_unknown_console_path_is_the_consoles_own_page(
    server: Server, browser: Browser
) -> None:
    # Not the `page` fixture: the 404 this test asks for is logged as a console error.
    page = browser.new_page()
    reply = page.goto(f"{server.url}/console/executions")
    assert reply is not None and reply.status == 404
    expect(page.get_by_role("alert")).to_have_text(
        "The console has no page at /console/executions."
    )
    menu = page.get_by_role("navigation", name="Console")
    menu.get_by_role("link", name="Review inbox").click()
    expect(page).to_have_url(f"{server.url}/console/inbox")
    page.close()
