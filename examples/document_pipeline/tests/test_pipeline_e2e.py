"""The pipeline end to end through Lamina, offline: approve, reject, review, time out."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aws_durable_execution_sdk_python.serdes import EXTENDED_TYPES_SERDES, SerDesContext
from pipeline_harness import Pipeline, running_pipeline

NORTHWIND = """Northwind Traders Ltd
12 Harbour Road, Bristol BS1 4DJ, United Kingdom
VAT GB 123 4567 89

INVOICE

Invoice number: NW-88213
Invoice date: 14 March 2024
Due date: 13 April 2024
Your purchase order: PO-2024-0107

Bill to: Lamina Labs, 5 Quay Street, Dublin

Description                      Qty   Unit price     Amount
Ethernet cables, 5 m              25       £8.50      £212.50
Rack shelves                       4      £50.00      £200.00

Subtotal                                               £412.50
VAT (reverse charge)                                     £0.00
Total due                                              £412.50

Payment to: Northwind Traders Ltd, Barclays, sort code 20-00-00
"""

BLUE_HARBOR = """Blue Harbor Logistics
88 Dock Street, Rotterdam

INVOICE {number}

Invoice date: 2 April 2024
Due date: 2 May 2024

Bill to: Lamina Labs, 5 Quay Street, Dublin

Sea freight Rotterdam - Dublin, container 40ft        2,100.00 EUR
Port handling                                            240.00 EUR

Total amount due: 2,340.00 EUR
Please pay by bank transfer to NL91 ABNA 0417 1643 00.
"""


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pipeline]:
    with running_pipeline(tmp_path_factory.mktemp("pipeline")) as running:
        yield running


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def test_a_known_invoice_is_approved_and_filed_and_its_copy_rejected(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    first = pipeline.finish(pipeline.submit(write(tmp_path, "nw-88213.txt", NORTHWIND)))
    assert first["type"] == "invoice"
    assert first["outcome"] == "approved", first
    assert first["review"] is None
    filed = list((pipeline.data / "archive").rglob("nw-88213.txt"))
    assert len(filed) == 1 and filed[0].read_text() == NORTHWIND

    copy = pipeline.finish(pipeline.submit(write(tmp_path, "nw-88213-again.txt", NORTHWIND)))
    assert copy["outcome"] == "rejected", copy
    assert any("duplicate" in reason.lower() for reason in copy["reasons"]), copy


def test_an_unknown_vendor_waits_for_a_person_who_approves(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    arn = pipeline.submit(write(tmp_path, "bh-1001.txt", BLUE_HARBOR.format(number="BH-1001")))
    callback_id = pipeline.callback_id(arn)
    packet = review_packet(pipeline, arn)
    assert packet["document"]["name"] == "bh-1001.txt"
    assert "Blue Harbor" in packet["document"]["text_excerpt"]
    assert packet["rules_fired"] and packet["reasons"] and packet["deadline"]
    assert packet["findings"]["classifier"]["type"] == "invoice"
    pipeline.answer(callback_id, "approve", "new carrier, checked")
    result = pipeline.finish(arn)
    assert result["outcome"] == "approved"
    assert result["review"] == {"outcome": "approved", "by": "test",
                                "comment": "new carrier, checked"}
    assert list((pipeline.data / "archive").rglob("bh-1001.txt"))
    # Classify, enrich and decide ran once each; the review did not re-run them.
    started = pipeline.operations(arn, "ChainedInvokeStarted")
    assert started == ["classify", "enrich", "decide", "act"]


def test_a_person_rejects(pipeline: Pipeline, tmp_path: Path) -> None:
    arn = pipeline.submit(write(tmp_path, "bh-1002.txt", BLUE_HARBOR.format(number="BH-1002")))
    pipeline.answer(pipeline.callback_id(arn), "reject", "we never ordered this")
    result = pipeline.finish(arn)
    assert result["outcome"] == "rejected"
    assert result["review"]["comment"] == "we never ordered this"


def test_a_review_nobody_answers_times_out_with_the_rules_outcome(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    arn = pipeline.submit(write(tmp_path, "bh-1003.txt", BLUE_HARBOR.format(number="BH-1003")))
    pipeline.callback_id(arn)
    packet = review_packet(pipeline, arn)
    pipeline.advance(packet["timeout_seconds"] + 60)
    result = pipeline.finish(arn)
    assert result["review"]["by"] == "timeout"
    expected = {"reject": "rejected", "auto_approve": "approved"}[packet["on_timeout"]]
    assert result["outcome"] == expected


def review_packet(pipeline: Pipeline, arn: str, timeout: float = 30) -> dict:
    """The packet the review's submitter step recorded: the callback is created before that
    step runs, so the packet may follow it by a moment."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for event in pipeline.history(arn):
            name = event.get("Name", "")
            if event["EventType"] == "StepSucceeded" and name.endswith("submitter"):
                # The SDK stores step results in its own typed encoding.
                text = event["StepSucceededDetails"]["Result"]["Payload"]
                packet: dict = EXTENDED_TYPES_SERDES.deserialize(text, SerDesContext())
                return packet
        time.sleep(0.05)
    raise AssertionError("no review packet in the history")
