"""Two `lamina server` and two `lamina worker` processes sharing one PostgreSQL database."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from cli_driver import HERE, LAMINA, wait_until
from test_http_api import callback_id_of, invoke_async, wait_status
from test_versions import redeploy_under_waiting_executions

TEMPLATE = HERE / "cluster_functions/template.yaml"


@dataclass
class Member:
    """One process of the cluster, leader of its own process group."""

    name: str
    process: subprocess.Popen[bytes]
    output: Path

    def log(self) -> str:
        return self.output.read_text(errors="replace")

    def api_url(self) -> str:
        match = re.search(r"API: (http://\S+)", self.log())
        assert match, f"{self.name} did not print its API address:\n{self.log()}"
        return match.group(1)

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@pytest.fixture
def start(postgres_url: str, tmp_path: Path) -> Iterator[Callable[..., Member]]:
    """Start `lamina <command>` processes; all are stopped when the test ends."""
    members: list[Member] = []

    def launch(command: str, name: str, *args: str, **env: str) -> Member:
        output = tmp_path / f"{name}.log"
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [LAMINA, command, "--database-url", postgres_url, *args],
                env={**os.environ, "CLUSTER_WORKER": name, "LAMINA_LEASE_MS": "3000", **env},
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        members.append(Member(name, process, output))
        return members[-1]

    yield launch
    for member in members:
        member.stop()


def _client(url: str) -> Any:
    return boto3.client(
        "lambda",
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(retries={"max_attempts": 1}),
    )


def _ready(member: Member) -> bool:
    if member.process.poll() is not None:
        raise AssertionError(f"{member.name} exited:\n{member.log()}")
    return "Press Ctrl-C" in member.log()


@pytest.fixture
def cluster(start: Callable[..., Member]) -> Iterator[tuple[Any, Any, list[Member]]]:
    """Servers A and B (boto3 clients) and the two workers; only workers load the template."""
    workers = [
        start("worker", name, "--template", str(TEMPLATE), "--concurrency", "4")
        for name in ("worker-1", "worker-2")
    ]
    servers = [start("server", name, "--port", "0") for name in ("server-a", "server-b")]
    for member in workers + servers:
        wait_until(lambda member=member: _ready(member), 60, f"{member.name} to start")
    for server in servers:
        assert "Worker:" not in server.log()
    for worker in workers:
        assert "API:" not in worker.log()
    a, b = _client(servers[0].api_url()), _client(servers[1].api_url())
    yield a, b, workers
    a.close()  # no socket left open to a server about to stop
    b.close()


def test_servers_and_workers_share_one_database(cluster: tuple[Any, Any, list[Member]]) -> None:
    a, b, _ = cluster
    # A server knows the functions a worker registered: they live in the database.
    wait_until(
        lambda: "relay" in {f["FunctionName"] for f in b.list_functions()["Functions"]},
        30,
        "the workers' function to reach server B",
    )
    arn = invoke_async(a, "relay", {"number": 21, "callback": True})
    assert b.get_durable_execution(DurableExecutionArn=arn)["Status"] == "RUNNING"
    callback_id = callback_id_of(b, arn)
    events = b.get_durable_execution_history(DurableExecutionArn=arn)["Events"]
    kinds = [e["EventType"] for e in events]
    assert kinds[0] == "ExecutionStarted" and {"StepSucceeded", "CallbackStarted"} <= set(kinds)
    b.send_durable_execution_callback_success(CallbackId=callback_id, Result=b'"go"')
    described = wait_status(a, arn, "SUCCEEDED")
    result = json.loads(described["Result"])
    assert result["doubled"] == 42 and result["answer"] == "go"
    assert result["worker"] in ("worker-1", "worker-2")


def test_work_spreads_over_both_workers(cluster: tuple[Any, Any, list[Member]]) -> None:
    a, b, workers = cluster
    wait_until(
        lambda: "relay" in {f["FunctionName"] for f in a.list_functions()["Functions"]},
        30,
        "the workers' function to reach server A",
    )
    arns = [invoke_async((a, b)[n % 2], "relay", {"number": n}) for n in range(20)]
    results = [
        json.loads(wait_status((b, a)[n % 2], arn, "SUCCEEDED")["Result"])
        for n, arn in enumerate(arns)
    ]
    assert [r["doubled"] for r in results] == [n * 2 for n in range(20)]
    # Each step returns the CLUSTER_WORKER of the process whose sandbox ran it.
    assert {r["worker"] for r in results} == {w.name for w in workers}


def _most_at_once(spans: list[tuple[float, ...]]) -> int:
    edges = sorted([(span[0], 1) for span in spans] + [(span[1], -1) for span in spans])
    running = most = 0
    for _, change in edges:  # an end before a start at the same instant: they did not overlap
        running += change
        most = max(most, running)
    return most


def test_reserved_concurrency_holds_across_workers(cluster: tuple[Any, Any, list[Member]]) -> None:
    a, b, _ = cluster
    wait_until(lambda: "Concurrency" in b.get_function(FunctionName="limited"), 30, "limited")
    assert b.get_function(FunctionName="limited")["Concurrency"] == {
        "ReservedConcurrentExecutions": 2
    }
    # Eight workers' slots in all, two at once allowed.
    arns = [invoke_async((a, b)[n % 2], "limited", {"number": n}) for n in range(12)]
    results = [json.loads(wait_status(a, arn, "SUCCEEDED")["Result"]) for arn in arns]
    assert [r["doubled"] for r in results] == [n * 2 for n in range(12)]
    # When each handler's step body ran, as the handler saw it.
    assert _most_at_once([tuple(r["ran"]) for r in results]) == 2
    assert {r["worker"] for r in results} == {"worker-1", "worker-2"}

    # Through the API, as `aws lambda put-function-concurrency` does.
    a.put_function_concurrency(FunctionName="limited", ReservedConcurrentExecutions=1)
    assert b.get_function_concurrency(FunctionName="limited")["ReservedConcurrentExecutions"] == 1
    arns = [invoke_async(b, "limited", {"number": n}) for n in range(4)]
    results = [json.loads(wait_status(a, arn, "SUCCEEDED")["Result"]) for arn in arns]
    assert _most_at_once([tuple(r["ran"]) for r in results]) == 1
    for bad in (-1, "two", True):  # botocore refuses these itself: send them as raw JSON
        request = urllib.request.Request(
            f"{a.meta.endpoint_url}/2017-10-31/functions/limited/concurrency",
            data=json.dumps({"ReservedConcurrentExecutions": bad}).encode(),
            method="PUT",
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        with refused.value as answer:
            assert answer.code == 400
            assert b"ReservedConcurrentExecutions must be an integer >= 0" in answer.read()
    assert b.get_function_concurrency(FunctionName="limited")["ReservedConcurrentExecutions"] == 1
    a.put_function_concurrency(FunctionName="limited", ReservedConcurrentExecutions=0)
    with pytest.raises(ClientError) as throttled:
        b.invoke(FunctionName="limited", Payload=b'{"number": 1}')
    assert throttled.value.response["Error"]["Code"] == "TooManyRequestsException"
    a.delete_function_concurrency(FunctionName="limited")
    assert "Concurrency" not in b.get_function(FunctionName="limited")


def test_versions_run_on_workers_that_fetch_their_code_from_the_database(
    start: Callable[..., Member], tmp_path: Path
) -> None:
    """Two workers whose code caches start empty run 50 executions pinned to version 1
    while version 2 is deployed: each fetches the packages it runs from PostgreSQL."""
    caches = {name: tmp_path / f"cache-{name}" for name in ("worker-1", "worker-2")}
    workers = [
        start("worker", name, "--concurrency", "8", LAMINA_CACHE_DIR=str(cache))
        for name, cache in caches.items()
    ]
    server = start("server", "server-a", "--port", "0")
    for member in [*workers, server]:
        wait_until(lambda member=member: _ready(member), 60, f"{member.name} to start")
    client = _client(server.api_url())
    try:
        redeploy_under_waiting_executions(client)
    finally:
        client.close()
    for name, cache in caches.items():
        unpacked = [p for p in (cache / "code").iterdir() if not p.name.startswith(".")]
        assert unpacked, f"{name} ran no version's package"
        assert all((folder / "app.py").is_file() for folder in unpacked)
