"""A person answers the pipeline's escalations in the console's review inbox (real Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from pipeline_harness import Pipeline, running_pipeline
from playwright.sync_api import Browser, Page, expect, sync_playwright
from test_pipeline_e2e import BLUE_HARBOR, write

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "console"


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pipeline]:
    with running_pipeline(tmp_path_factory.mktemp("pipeline-console")) as running:
        yield running


@pytest.fixture
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser: Browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        yield context.new_page()
        browser.close()


@pytest.mark.parametrize("answer", ["Approve", "Reject"])
def test_an_escalated_document_is_answered_in_the_inbox(
    pipeline: Pipeline, page: Page, tmp_path: Path, answer: str
) -> None:
    name = f"bh-{answer.lower()}-<b onmouseover=alert(1)>x.txt"
    number = f"BH-20{len(answer)}"
    arn = pipeline.submit(write(tmp_path, name, BLUE_HARBOR.format(number=number)))
    pipeline.callback_id(arn)
    page.goto(f"{pipeline.url}/console/inbox")
    item = page.locator("article.review", has_text=name)
    expect(item).to_be_visible()
    # What the person needs: the document's text, what the agents found, the rules that fired.
    expect(item.get_by_text("Blue Harbor Logistics").first).to_be_visible()
    expect(item.get_by_text("invoice-unknown-vendor").first).to_be_visible()
    assert item.locator("b").count() == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"pipeline-inbox-{answer.lower()}.png"), full_page=True)
    done = answer.removesuffix("e") + "ed"
    item.get_by_label("Comment").fill(f"{done} in the console")
    item.get_by_role("button", name=answer).click()
    expect(page.get_by_text(f"{done}: the execution continues")).to_be_visible()

    result = pipeline.finish(arn)
    assert result["outcome"] == {"Approve": "approved", "Reject": "rejected"}[answer]
    assert result["review"]["comment"] == f"{done} in the console"
    page.goto(f"{pipeline.url}/console/execution?arn={quote(arn, safe='')}")
    expect(page.locator("#execution-status")).to_have_text("SUCCEEDED")
