"""The pipeline with an LLM provider: a real OpenAI-wire server, and a crash in the middle."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from llm_servers import OpenAIServer, Received, delay, malformed
from pipeline_harness import Pipeline, running_pipeline
from test_pipeline_e2e import NORTHWIND, write

MODEL = "gpt-4o-mini"
DOCPIPE = Path(sys.executable).with_name("docpipe")


def llm_parameters(server: OpenAIServer) -> dict[str, str]:
    return {"LlmProvider": "openai", "LlmModel": MODEL, "LlmBaseUrl": server.base_url}


def asks_for_a_type(request: Received) -> bool:
    """Whether a request is the classification question (the explanation has no confidence)."""
    system, _ = OpenAIServer().prompt(request.body)
    return '"confidence"' in system


def invoke_result(pipeline: Pipeline, arn: str, name: str) -> dict[str, Any]:
    for event in pipeline.history(arn):
        if event["EventType"] == "ChainedInvokeSucceeded" and event.get("Name") == name:
            result: dict[str, Any] = json.loads(
                event["ChainedInvokeSucceededDetails"]["Result"]["Payload"]
            )
            return result
    raise AssertionError(f"no result of {name!r}: {pipeline.describe(arn)}")


def test_an_llm_classifies_after_a_malformed_answer_and_the_invoice_is_approved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCPIPE_LLM_API_KEY", "sk-local-test")
    with OpenAIServer() as server:
        server.script(malformed())
        with running_pipeline(tmp_path / "lamina", llm_parameters(server)) as pipeline:
            text = NORTHWIND.replace("NW-88213", "NW-91001")
            arn = pipeline.submit(write(tmp_path, "nw-91001.txt", text))
            result = pipeline.finish(arn)
            classification = invoke_result(pipeline, arn, "classify")
            decision = invoke_result(pipeline, arn, "decide")
        requests = list(server.requests)
    assert result["outcome"] == "approved", result
    assert classification["classified_by"] == f"llm:openai:{MODEL}"
    assert classification["type"] == "invoice"
    usage = classification["llm_usage"][0]
    assert usage["provider"] == "openai" and usage["model"] == MODEL
    assert usage["attempts"] == 2 and usage["input_tokens"] > 0 and usage["output_tokens"] > 0
    # The malformed answer was asked again; then the decision asked for its explanation.
    assert [asks_for_a_type(r) for r in requests] == [True, True, False]
    assert {r.headers["authorization"] for r in requests} == {"Bearer sk-local-test"}
    assert decision["rationale"] and decision["llm_usage"][0]["attempts"] == 1


def docpipe_run(workspace: Path, server: OpenAIServer) -> subprocess.Popen[str]:
    overrides = [f"--parameter-overrides={k}={v}" for k, v in llm_parameters(server).items()]
    command = [str(DOCPIPE), "run", "--workspace", str(workspace), "--port", "0",
               "--no-samples", "--exit-when-idle",
               "--database-url", f"sqlite:///{workspace / 'lamina.db'}", *overrides]
    # A short lease: the restarted Lamina takes over the killed invocation within seconds.
    env = {**os.environ, "DOCPIPE_LLM_API_KEY": "sk-local-test", "LAMINA_LEASE_MS": "5000"}
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=env, start_new_session=True)


def wait_for_explanation(server: OpenAIServer, process: subprocess.Popen[str],
                         timeout: float = 45) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(not asks_for_a_type(r) for r in list(server.requests)):
            return
        if process.poll() is not None:
            raise AssertionError(f"docpipe run exited early: {process.communicate()[0]}")
        time.sleep(0.05)
    raise AssertionError(f"the decision never asked for an explanation: {server.requests}")


def executions(workspace: Path, function: str) -> int:
    with sqlite3.connect(workspace / "lamina.db") as db:
        (count,) = db.execute(
            "SELECT COUNT(*) FROM executions WHERE function_name = ?", (function,)
        ).fetchone()
    return int(count)


@pytest.mark.chaos
def test_a_kill_while_the_decision_is_explained_resumes_without_asking_again(
    tmp_path: Path,
) -> None:
    workspace = tmp_path / "workspace"
    (workspace / "inbox").mkdir(parents=True)
    text = NORTHWIND.replace("NW-88213", "NW-91002")
    with OpenAIServer() as server:
        # The classification answers at once; the explanation is held until the kill.
        server.script(delay(0), delay(30))
        first = docpipe_run(workspace, server)
        try:
            write(workspace / "inbox", "nw-91002.txt", text)
            wait_for_explanation(server, first)
        finally:
            os.killpg(first.pid, signal.SIGKILL)
            first.communicate(timeout=10)
        second = docpipe_run(workspace, server)
        try:
            output, _ = second.communicate(timeout=60)
        finally:
            if second.poll() is None:
                os.killpg(second.pid, signal.SIGKILL)
        requests = list(server.requests)
    assert second.returncode == 0, output
    assert "nw-91002.txt: started" not in output, output
    assert executions(workspace, "document-pipeline") == 1
    assert executions(workspace, "document-classifier") == 1
    assert sum(asks_for_a_type(r) for r in requests) == 1, requests
    filed = list((workspace / "data" / "archive").rglob("nw-91002.txt"))
    assert len(filed) == 1 and filed[0].read_text() == text
    assert "rejected" not in filed[0].relative_to(workspace / "data").parts
    assert "nw-91002.txt: done: approved" in output, output
    outbox = (workspace / "data" / "outbox.jsonl").read_text().splitlines()
    assert [json.loads(line)["event"]["outcome"] for line in outbox] == ["approved"]
