"""The Action agent's side effects against real downstreams: files, S3 (moto's server), HTTP,
SMTP (aiosmtpd) and processes racing on one outbox. A retry never repeats a finished effect."""

from __future__ import annotations

import fcntl
import json
import multiprocessing
import random
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from document_pipeline.actions import (
    ActionSettings,
    DeliveryFailed,
    EffectLedger,
    JsonlOutbox,
    SmtpNotifier,
    SmtpSettings,
    WebhookNotifier,
    open_archive,
    perform_actions,
)
from document_pipeline.actions.notify import message_id
from mail_server import MailServer
from moto.server import ThreadedMotoServer
from webhook_server import WebhookServer

KEY = "0f3c9a1be2d44c58a7b6e1f0c2d3a4b5"
RECORD = {"type": "invoice", "fields": {"invoice_number": "NW-88213", "total": 412.5}}


# ---------------------------------------------------------------- real downstream servers


@pytest.fixture
def mailbox() -> Iterator[MailServer]:
    with MailServer(refuse={"nobody@example.com"}) as server:
        yield server


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()
        # stop() leaves the listening socket open; close it so no ResourceWarning fires.
        server._server.server_close()  # type: ignore[union-attr]


@pytest.fixture
def s3(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    for name, value in (("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing"),
                        ("AWS_DEFAULT_REGION", "us-east-1")):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    return boto3.client("s3", endpoint_url=s3_endpoint)


@pytest.fixture
def webhook() -> Iterator[WebhookServer]:
    with WebhookServer() as server:
        yield server


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# ------------------------------------------------------------------------------ the ledger


def test_the_ledger_keeps_the_first_record_and_survives_reopening(tmp_path: Path) -> None:
    ledger = EffectLedger(tmp_path / "ledger.db")
    assert ledger.get(KEY, "webhook") is None
    assert ledger.record(KEY, "webhook", {"http_status": 200}) == {"http_status": 200}
    assert ledger.record(KEY, "webhook", {"http_status": 204}) == {"http_status": 200}
    reopened = EffectLedger(f"sqlite:///{tmp_path / 'ledger.db'}")
    assert reopened.get(KEY, "webhook") == {"http_status": 200}
    assert reopened.get(KEY, "email") is None
    assert reopened.effects(KEY) == {"webhook": {"http_status": 200}}
    with EffectLedger(tmp_path / "ledger.db")._connection() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_ledger_refuses_other_locations() -> None:
    with pytest.raises(ValueError, match="postgresql://x"):
        EffectLedger("postgresql://x")


# ----------------------------------------------------------------------------- the archive


def test_a_local_filing_is_atomic_laid_out_by_year_type_and_key(tmp_path: Path) -> None:
    archive = open_archive((tmp_path / "archive").as_uri())
    location = archive.file(KEY, "nw-88213.pdf", b"%PDF-1.7 bytes", RECORD)
    filed = [p for p in (tmp_path / "archive").rglob("*") if p.is_file() and p.name[0] != "."]
    document = next(p for p in filed if p.name == "nw-88213.pdf")
    assert location == document.as_uri()
    year, doc_type, key = document.relative_to(tmp_path / "archive").parts[:3]
    assert len(year) == 4 and year.isdigit() and (doc_type, key) == ("invoice", KEY)
    assert document.read_bytes() == b"%PDF-1.7 bytes"
    record = json.loads((document.parent / "record.json").read_text())
    assert record["record"] == RECORD and record["location"] == location
    assert record["size"] == 14 and record["content_type"] == "application/pdf"
    assert sorted(p.name for p in filed) == ["nw-88213.pdf", "record.json"]


def test_refiling_a_key_is_a_no_op_returning_the_same_location(tmp_path: Path) -> None:
    archive = open_archive(str(tmp_path))
    first = archive.file(KEY, "a.txt", b"first", RECORD)
    document = Path(first.removeprefix("file://"))
    before = document.stat()
    again = archive.file(KEY, "b.txt", b"second", {**RECORD, "outcome": "changed"})
    assert again == first
    assert document.read_bytes() == b"first"
    assert document.stat().st_mtime_ns == before.st_mtime_ns
    assert len(list(tmp_path.rglob("record.json"))) == 1


def test_the_archive_refuses_bad_input_by_name(tmp_path: Path) -> None:
    archive = open_archive(tmp_path.as_uri())
    with pytest.raises(ValueError, match="idempotency key '../x'"):
        archive.file("../x", "a.txt", b"x", RECORD)
    with pytest.raises(ValueError, match="document type 'in voice'"):
        archive.file(KEY, "a.txt", b"x", {"type": "in voice"})
    with pytest.raises(ValueError, match="no usable file name"):
        archive.file(KEY, "../", b"x", RECORD)
    with pytest.raises(ValueError, match="unsupported archive URL 'ftp://h/x'"):
        open_archive("ftp://h/x")
    with pytest.raises(ValueError, match="not absolute"):
        open_archive("relative/dir")
    assert not list(tmp_path.rglob("record.json"))


def test_a_name_from_another_system_is_reduced_to_its_file_name(tmp_path: Path) -> None:
    location = open_archive(tmp_path.as_uri()).file(KEY, "C:\\scans\\record.json", b"{}", RECORD)
    assert location.endswith(f"/{KEY}/document-record.json")


def test_s3_filing_puts_objects_keyed_by_the_idempotency_key(s3: Any, s3_endpoint: str) -> None:
    s3.create_bucket(Bucket="docs")
    archive = open_archive("s3://docs/filed", endpoint_url=s3_endpoint)
    location = archive.file(KEY, "Rechnung Nr. 17 (März).pdf", b"%PDF-1.7", RECORD)
    object_key = location.removeprefix("s3://docs/")
    assert object_key.startswith("filed/") and f"/invoice/{KEY}/" in object_key
    head = s3.head_object(Bucket="docs", Key=object_key)
    assert head["ContentType"] == "application/pdf"
    assert head["Metadata"]["idempotency-key"] == KEY
    assert s3.get_object(Bucket="docs", Key=object_key)["Body"].read() == b"%PDF-1.7"
    record_key = object_key.rsplit("/", 1)[0] + "/record.json"
    record = json.loads(s3.get_object(Bucket="docs", Key=record_key)["Body"].read())
    assert record["location"] == location and record["record"] == RECORD

    again = archive.file(KEY, "Rechnung Nr. 17 (März).pdf", b"changed", RECORD)
    assert again == location
    assert s3.get_object(Bucket="docs", Key=object_key)["Body"].read() == b"%PDF-1.7"
    assert s3.list_objects_v2(Bucket="docs")["KeyCount"] == 2


def test_s3_filing_after_a_crash_overwrites_no_object(s3: Any, s3_endpoint: str) -> None:
    s3.create_bucket(Bucket="crash")
    archive = open_archive("s3://crash", endpoint_url=s3_endpoint)
    location = archive.file(KEY, "a.txt", b"original", RECORD)
    object_key = location.removeprefix("s3://crash/")
    # The crash came after the document's put and before record.json's.
    s3.delete_object(Bucket="crash", Key=object_key.rsplit("/", 1)[0] + "/record.json")
    assert archive.file(KEY, "a.txt", b"retry", RECORD) == location
    assert s3.get_object(Bucket="crash", Key=object_key)["Body"].read() == b"original"


def test_s3_that_is_down_or_refuses_raises_delivery_failed(s3: Any, s3_endpoint: str) -> None:
    down = open_archive("s3://docs", endpoint_url=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(DeliveryFailed, match="cannot reach") as raised:
        down.file(KEY, "a.txt", b"x", RECORD)
    assert raised.value.retryable
    missing = open_archive("s3://no-such-bucket", endpoint_url=s3_endpoint)
    with pytest.raises(DeliveryFailed, match="NoSuchBucket") as refused:
        missing.file(KEY, "a.txt", b"x", RECORD)
    assert not refused.value.retryable


# --------------------------------------------------------------------------- notifications


def test_a_webhook_down_then_up_is_delivered_exactly_once(
    webhook: WebhookServer, tmp_path: Path
) -> None:
    notifier = WebhookNotifier(webhook.url, timeout=5, ledger=EffectLedger(tmp_path / "l.db"))
    webhook.down()
    with pytest.raises(DeliveryFailed, match="unreachable") as raised:
        notifier.send(KEY, {"type": "document.approved"})
    assert raised.value.retryable
    webhook.up()
    assert notifier.send(KEY, {"type": "document.approved"})["status"] == "done"
    assert notifier.send(KEY, {"type": "document.approved"})["status"] == "already_done"
    assert webhook.count == 1
    delivery = webhook.deliveries[0]
    assert delivery.key == KEY and delivery.headers["content-type"] == "application/json"
    assert delivery.json == {"type": "document.approved"}


@pytest.mark.parametrize(("status", "retryable"), [(503, True), (429, True), (400, False)])
def test_a_webhook_error_answer_says_whether_to_retry(
    webhook: WebhookServer, tmp_path: Path, status: int, retryable: bool
) -> None:
    webhook.status = status
    ledger = EffectLedger(tmp_path / "l.db")
    with pytest.raises(DeliveryFailed, match=f"HTTP {status}") as raised:
        WebhookNotifier(webhook.url, ledger=ledger).send(KEY, {"type": "t"})
    assert raised.value.retryable is retryable
    assert ledger.get(KEY, "webhook") is None


def test_a_slow_webhook_times_out_as_retryable(webhook: WebhookServer) -> None:
    webhook.delay_seconds = 1.0
    with pytest.raises(DeliveryFailed) as raised:
        WebhookNotifier(webhook.url, timeout=0.2).send(KEY, {"type": "t"})
    assert raised.value.retryable


def test_a_webhook_url_must_be_http() -> None:
    with pytest.raises(ValueError, match="'ftp://x' is not an http"):
        WebhookNotifier("ftp://x")


def test_an_email_is_sent_once_per_key_with_a_deterministic_message_id(
    mailbox: MailServer, tmp_path: Path
) -> None:
    port = mailbox.port
    ledger = EffectLedger(tmp_path / "l.db")

    def notifier() -> SmtpNotifier:
        return SmtpNotifier("127.0.0.1", port, "Pipeline <docs@lamina.example>",
                            ["ap@lamina.example"], timeout=5, ledger=ledger)

    assert notifier().send(KEY, "Approved", "filed")["status"] == "done"
    assert notifier().send(KEY, "Approved", "filed")["status"] == "already_done"
    assert notifier().send("other-key", "Approved", "filed")["status"] == "done"
    assert len(mailbox.messages) == 2
    first = mailbox.parsed()[0]
    assert first["Message-ID"] == f"<{KEY}@lamina.example>"
    assert first["Message-ID"] == message_id(KEY, "Pipeline <docs@lamina.example>")
    assert first["Subject"] == "Approved" and str(first.get_payload()).strip() == "filed"
    rebuilt = notifier().message(KEY, "Approved", "filed")
    assert rebuilt["Message-ID"] == first["Message-ID"]


def test_an_smtp_server_that_is_down_or_refuses_raises_delivery_failed(
    mailbox: MailServer,
) -> None:
    down = SmtpNotifier("127.0.0.1", closed_port(), "a@b.example", ["c@d.example"], timeout=2)
    with pytest.raises(DeliveryFailed) as raised:
        down.send(KEY, "s", "t")
    assert raised.value.retryable
    refused = SmtpNotifier("127.0.0.1", mailbox.port, "a@b.example", ["nobody@example.com"])
    with pytest.raises(DeliveryFailed, match="550") as rejected:
        refused.send(KEY, "s", "t")
    assert not rejected.value.retryable
    assert mailbox.messages == []


def test_smtp_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="'someone' is not an e-mail address"):
        SmtpNotifier("h", 25, "someone", ["a@b.example"])
    with pytest.raises(ValueError, match="DOCPIPE_SMTP_FROM"):
        ActionSettings.from_env({"DOCPIPE_SMTP_HOST": "mail"})
    with pytest.raises(ValueError, match="DOCPIPE_SMTP_PORT must be a port number, not 'x'"):
        ActionSettings.from_env({"DOCPIPE_SMTP_HOST": "m", "DOCPIPE_SMTP_FROM": "a@b.c",
                                 "DOCPIPE_SMTP_TO": "d@e.f", "DOCPIPE_SMTP_PORT": "x"})


# ------------------------------------------------------------------------------ the outbox


def emit_keys(path: str, worker: int, keys: list[str], start: Any) -> None:
    outbox = JsonlOutbox(path)
    random.Random(worker).shuffle(keys)  # the workers meet on keys at random moments
    start.wait(timeout=60)
    for key in keys:
        outbox.emit(key, {"type": "document.approved", "by": worker})


def test_an_outbox_key_is_emitted_once(tmp_path: Path) -> None:
    outbox = JsonlOutbox(tmp_path / "outbox.jsonl")
    first = outbox.emit(KEY, {"type": "document.approved", "n": 1})
    second = outbox.emit(KEY, {"type": "document.approved", "n": 2})
    assert (first["status"], second["status"]) == ("done", "already_done")
    assert second["offset"] == first["offset"] == 0
    lines = (tmp_path / "outbox.jsonl").read_text().splitlines()
    assert len(lines) == 1
    line = json.loads(lines[0])
    assert set(line) == {"key", "type", "emitted_at", "event"}
    assert (line["key"], line["type"], line["event"]["n"]) == (KEY, "document.approved", 1)


def test_two_processes_emitting_the_same_keys_write_each_once(tmp_path: Path) -> None:
    path = str(tmp_path / "outbox.jsonl")
    keys = [f"key-{n:03d}" for n in range(150)]
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(2)
    workers = [spawn.Process(target=emit_keys, args=(path, n, keys, start)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    emitted = [entry["key"] for entry in JsonlOutbox(path).events()]
    assert sorted(emitted) == keys


def test_an_outbox_writer_waits_for_the_file_lock(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    outbox = JsonlOutbox(path)
    with open(path, "a+b") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        writer = threading.Thread(target=outbox.emit, args=(KEY, {"type": "t"}))
        writer.start()
        writer.join(timeout=0.5)
        assert writer.is_alive() and path.read_bytes() == b""
        fcntl.flock(holder, fcntl.LOCK_UN)
    writer.join(timeout=10)
    assert [entry["key"] for entry in outbox.events()] == [KEY]


def test_an_outbox_line_written_before_a_crash_is_not_written_again(tmp_path: Path) -> None:
    outbox = JsonlOutbox(tmp_path / "outbox.jsonl")
    outbox.emit("earlier", {"type": "document.approved"})
    # The process died after appending its line and before indexing it; a second one was cut.
    line = {"key": KEY, "type": "document.rejected", "emitted_at": "x", "event": {}}
    with open(tmp_path / "outbox.jsonl", "a") as handle:
        handle.write(json.dumps(line) + "\n" + '{"key": "cut sh')
    assert outbox.emit(KEY, {"type": "document.rejected"})["status"] == "already_done"
    assert outbox.emit("later", {"type": "document.approved"})["status"] == "done"
    (tmp_path / "outbox.jsonl.index").unlink()
    assert JsonlOutbox(tmp_path / "outbox.jsonl").emit(KEY, {"type": "x"})["status"] == (
        "already_done"
    )
    assert [entry["key"] for entry in outbox.events()] == ["earlier", KEY, "later"]


def test_an_outbox_event_needs_a_type(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="non-empty string 'type'"):
        JsonlOutbox(tmp_path / "o.jsonl").emit(KEY, {"kind": "x"})


# ------------------------------------------------------------------- the whole Action agent


def settings_for(tmp_path: Path, **changes: Any) -> ActionSettings:
    env = {"DOCPIPE_DATA_DIR": str(tmp_path / "data")}
    base = ActionSettings.from_env(env)
    return ActionSettings(**{**base.__dict__, **changes})


def test_settings_default_to_folders_under_the_data_dir(tmp_path: Path) -> None:
    settings = ActionSettings.from_env({"DOCPIPE_DATA_DIR": str(tmp_path), "DOCPIPE_SMTP_PORT": ""})
    assert settings.archive_url == (tmp_path / "archive").as_uri()
    assert settings.outbox_path == tmp_path / "outbox.jsonl"
    assert settings.ledger_path.parent == tmp_path
    assert settings.webhook_url is None and settings.smtp is None


def test_a_partial_failure_then_a_retry_does_only_the_rest(
    tmp_path: Path, webhook: WebhookServer, mailbox: MailServer
) -> None:
    document = tmp_path / "nw-88213.txt"
    document.write_text("Northwind Traders Ltd\nInvoice NW-88213\n")
    smtp = SmtpSettings("127.0.0.1", mailbox.port, "docs@lamina.example", ("ap@lamina.example",))
    settings = settings_for(tmp_path, webhook_url=webhook.url, smtp=smtp)

    def act() -> dict[str, Any]:
        return perform_actions(settings, key=KEY, decision={"outcome": "auto_approve"},
                               document_path=document, document_name=document.name,
                               record=RECORD)

    webhook.down()
    with pytest.raises(DeliveryFailed, match="webhook") as raised:
        act()
    assert raised.value.retryable
    filed = list((tmp_path / "data" / "archive").rglob("nw-88213.txt"))
    assert len(filed) == 1 and len(mailbox.messages) == 1
    stamp = filed[0].stat().st_mtime_ns

    webhook.up()
    receipts = act()
    assert receipts["archive"]["status"] == "already_done"
    assert receipts["notifications"]["webhook"]["status"] == "done"
    assert receipts["notifications"]["email"]["status"] == "already_done"
    assert receipts["event"]["status"] == "already_done"
    assert act()["notifications"]["webhook"]["status"] == "already_done"

    assert webhook.count == 1 and len(mailbox.messages) == 1
    assert webhook.bodies()[0]["type"] == "document.approved"
    assert webhook.bodies()[0]["archive"] == filed[0].as_uri()
    assert filed[0].stat().st_mtime_ns == stamp
    assert len(list((tmp_path / "data" / "archive").rglob("nw-88213.txt"))) == 1
    events = JsonlOutbox(settings.outbox_path).events()
    assert [(e["key"], e["type"]) for e in events] == [(KEY, "document.approved")]


def test_a_rejected_document_is_filed_under_rejected_and_announced(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    receipts = perform_actions(
        settings, key=KEY, decision={"outcome": "rejected", "reasons": ["duplicate invoice"]},
        document_path=None, content=b"copy", document_name="copy.txt", record=RECORD,
    )
    location = Path(receipts["archive"]["location"].removeprefix("file://"))
    assert location.relative_to(tmp_path / "data" / "archive").parts[0] == "rejected"
    assert location.read_bytes() == b"copy"
    event = JsonlOutbox(settings.outbox_path).events()[0]
    assert event["type"] == "document.rejected"
    assert event["event"]["reasons"] == ["duplicate invoice"]
    assert receipts["notifications"] == {}


def test_an_open_escalation_cannot_be_acted_on(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot act on outcome 'escalate'"):
        perform_actions(settings_for(tmp_path), key=KEY, decision={"outcome": "escalate"},
                        document_path=None, document_name="a.txt", record=RECORD)
    assert not (tmp_path / "data" / "archive").exists()


def test_ledger_records_from_racing_processes_keep_one_winner(tmp_path: Path) -> None:
    path = str(tmp_path / "ledger.db")
    EffectLedger(path)
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(2) as pool:
        winners = pool.starmap(record_effects, [(path, 0), (path, 1)])
    assert winners[0] == winners[1]
    assert len(winners[0]) == 30


def record_effects(path: str, worker: int) -> list[int]:
    ledger = EffectLedger(path)
    return [ledger.record(f"k{n}", "archive", {"by": worker})["by"] for n in range(30)]

